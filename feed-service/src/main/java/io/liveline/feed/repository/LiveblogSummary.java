package io.liveline.feed.repository;

import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A live blog as the index and its own page show it: its metadata (the title is its id while it
 * has none), how many visible updates it has, and when it last changed.
 */
public record LiveblogSummary(
        String liveblogId,
        String title,
        String description,
        @Schema(enumeration = {"live", "paused", "ended"}, description = "absent until an editor sets it") String state,
        @Schema(description = "when it first went live") Instant openedAt,
        @Schema(description = "when it ended; present only while ended") Instant closedAt,
        long updates,
        Instant lastActivity) {

    /** A row of one of {@link LiveblogIndex}'s queries. */
    static LiveblogSummary from(Row row) {
        String liveblogId = row.getString("liveblog_id");
        String title = row.getString("title");
        return new LiveblogSummary(liveblogId, title == null ? liveblogId : title, row.getString("description"),
                row.getString("state"), instant(row.getOffsetDateTime("opened_at")), instant(row.getOffsetDateTime("closed_at")),
                row.getLong("updates"), instant(row.getOffsetDateTime("last_activity")));
    }

    private static Instant instant(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
