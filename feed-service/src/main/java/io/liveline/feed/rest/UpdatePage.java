package io.liveline.feed.rest;

import io.liveline.feed.mapping.FeedUpdate;
import java.util.List;

/** A page of updates, newest first or by relevance; {@code next} is the cursor for the following page, null at the end. */
public record UpdatePage(List<FeedUpdate> updates, String next) {
}
