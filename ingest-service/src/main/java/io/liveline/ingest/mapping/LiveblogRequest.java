package io.liveline.ingest.mapping;

import io.liveline.events.LiveblogState;

/** A validated {@code PUT /v1/liveblogs/{liveblogId}} body, trimmed. */
public record LiveblogRequest(String title, String description, LiveblogState state) {
}
