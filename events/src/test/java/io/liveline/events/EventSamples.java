package io.liveline.events;

import java.time.Instant;
import java.util.List;

/** Realistic events for the contract tests, written for them. */
final class EventSamples {

    static final Instant RECEIVED = Instant.parse("2026-11-25T08:15:30.123456Z");

    private EventSamples() {
    }

    static LiveUpdate published() {
        return new LiveUpdate("harbour-strike-live", "u-0007", 1_764_058_530_123_456L, UpdateAction.PUBLISH,
                UpdateKind.KEY_EVENT, "Dock workers walk out in Rotterdam",
                "<p>Dock workers in <a href=\"https://example.org/rotterdam\">Rotterdam</a> stopped work at dawn.</p>",
                "Dock workers walk out in Rotterdam\nDock workers in Rotterdam stopped work at dawn.",
                true, List.of(new Author("Ines Kovač", "reporter")), RECEIVED.minusSeconds(5), RECEIVED);
    }

    static EnrichedUpdate enriched() {
        TagSet tags = new TagSet(
                List.of(new TagSet.PersonTag("Ines Kovač", null, 1),
                        new TagSet.PersonTag("Rutger Vos", null, "rutger-vos", 2, null)),
                List.of(new TagSet.CountryTag("NL", "Netherlands", "Q55")),
                List.of(new TagSet.OrganisationTag("International Transport Workers' Federation", "Q1352016", "Q1352016", null)),
                List.of(new TagSet.TopicTag("medtop:09000000", "labour", 0.82)));
        return new EnrichedUpdate(published(), tags, RECEIVED.plusMillis(40));
    }

    /** An editor's correction of {@link #published()}: a port authority added, a wrong country taken away. */
    static TagCorrection correction() {
        TagSet add = new TagSet(List.of(new TagSet.PersonTag("Marit Dekker", "Q4000001", "Q4000001", 0, null)),
                List.of(), List.of(new TagSet.OrganisationTag("Port of Rotterdam Authority", null, "port-of-rotterdam", null)),
                List.of(new TagSet.TopicTag("medtop:20000349", "strike", 1.0)));
        TagSet remove = new TagSet(List.of(), List.of(new TagSet.CountryTag("BE", null)), List.of(), List.of());
        return new TagCorrection("harbour-strike-live", "u-0007", 1_764_058_600_000_000L, add, remove, RECEIVED.plusSeconds(70));
    }
}
