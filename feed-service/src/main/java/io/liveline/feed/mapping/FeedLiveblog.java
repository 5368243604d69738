package io.liveline.feed.mapping;

import io.liveline.feed.repository.LiveblogEntity;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The data of an SSE {@code liveblog} event: a live blog's metadata after a change. */
@Schema(name = "FeedLiveblog", description = "The data of an SSE liveblog event: the live blog's title, description and state after a change")
public record FeedLiveblog(
        String liveblogId,
        String title,
        String description,
        @Schema(enumeration = {"live", "paused", "ended"}) String state,
        @Schema(description = "when it first went live; absent until then") Instant openedAt,
        @Schema(description = "when it ended; present only while ended") Instant closedAt,
        Instant changedAt) {

    public static FeedLiveblog from(LiveblogEntity row) {
        return new FeedLiveblog(row.liveblogId(), row.title(), row.description(), row.state(), row.openedAt(), row.closedAt(),
                row.changedAt());
    }
}
