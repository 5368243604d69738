package io.liveline.feed.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The data of an SSE {@code delete} event: the update to remove from the page. */
@Schema(name = "FeedRetraction", description = "The data of an SSE delete event: the update to remove from the page")
public record FeedRetraction(String liveblogId, String id, long version) {
}
