package io.liveline.feed.repository;

import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A live blog's metadata as feed-service stores it, one row of {@code liveblog} (V4 migration). */
public record LiveblogEntity(String liveblogId, String title, String description, String state, Instant openedAt,
        Instant closedAt, Instant changedAt, long seq) implements StoredChange {

    static final String COLUMNS = "SELECT liveblog_id, title, description, state, opened_at, closed_at, changed_at, seq FROM liveblog";

    static LiveblogEntity from(Row row) {
        return new LiveblogEntity(row.getString("liveblog_id"), row.getString("title"), row.getString("description"),
                row.getString("state"), instant(row.getOffsetDateTime("opened_at")), instant(row.getOffsetDateTime("closed_at")),
                instant(row.getOffsetDateTime("changed_at")), row.getLong("seq"));
    }

    private static Instant instant(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
