package io.liveline.feed.mapping;

/** The data of an SSE {@code delete} event: the update to remove from the page. */
public record FeedRetraction(String liveblogId, String id, long version) {
}
