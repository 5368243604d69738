package io.liveline.feed.repository;

import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;

/** A live blog in the index: how many visible updates it has and when it last changed. */
public record LiveblogSummary(String liveblogId, long updates, Instant lastActivity) {

    static LiveblogSummary from(Row row) {
        return new LiveblogSummary(row.getString(0), row.getLong(1), row.getOffsetDateTime(2).toInstant());
    }
}
