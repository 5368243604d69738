package io.liveline.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One version of one live update as a newsroom published it, or its retraction: the value of
 * every record on {@link Topics#RAW}.
 *
 * @param liveblogId the live blog it belongs to; also the Kafka key
 * @param id         stable across versions of the update
 * @param version    grows with every edit; readers keep the highest one they have seen
 * @param action     publish (create or edit) or retract
 * @param body       sanitised HTML fragment; null for a retraction
 * @param text       plain-text rendering of headline and body, for the tagger and search
 * @param publishedAt when the update is (or was) due on the page; a future time schedules it
 * @param receivedAt when ingest-service accepted this version
 */
public record LiveUpdate(
        String liveblogId,
        String id,
        long version,
        UpdateAction action,
        UpdateKind kind,
        String headline,
        String body,
        String text,
        boolean pinned,
        List<Author> authors,
        Instant publishedAt,
        Instant receivedAt) {

    public LiveUpdate {
        Identifiers.checkVersionOf(liveblogId, id, version);
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (action == UpdateAction.PUBLISH && body == null) {
            throw new IllegalArgumentException("a published update needs a body");
        }
        kind = kind == null ? UpdateKind.POST : kind;
        // Microseconds, as PostgreSQL keeps them: the stored and the streamed update must be equal.
        publishedAt = publishedAt == null ? null : publishedAt.truncatedTo(ChronoUnit.MICROS);
        receivedAt = receivedAt.truncatedTo(ChronoUnit.MICROS);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** The tombstone that retracts update {@code id} of a live blog. */
    public static LiveUpdate retraction(String liveblogId, String id, long version, Instant receivedAt) {
        return new LiveUpdate(liveblogId, id, version, UpdateAction.RETRACT, UpdateKind.POST,
                null, null, null, false, List.of(), null, receivedAt);
    }

    public boolean isRetraction() {
        return action == UpdateAction.RETRACT;
    }
}
