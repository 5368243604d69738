package io.liveline.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A live update with its tags: the value of every record on {@link Topics#ENRICHED}. */
public record EnrichedUpdate(LiveUpdate update, TagSet tags, Instant enrichedAt) {

    public EnrichedUpdate {
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(enrichedAt, "enrichedAt");
        tags = tags == null ? TagSet.EMPTY : tags;
        enrichedAt = enrichedAt.truncatedTo(ChronoUnit.MICROS);
    }
}
