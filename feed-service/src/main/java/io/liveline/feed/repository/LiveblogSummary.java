package io.liveline.feed.repository;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A live blog in the index: how many visible updates it has and when it last changed. */
public record LiveblogSummary(String liveblogId, long updates, Instant lastActivity) {

    static LiveblogSummary fromRow(Object[] row) {
        Object last = row[2];
        Instant lastActivity = last instanceof OffsetDateTime time ? time.toInstant() : (Instant) last;
        return new LiveblogSummary((String) row[0], ((Number) row[1]).longValue(), lastActivity);
    }
}
