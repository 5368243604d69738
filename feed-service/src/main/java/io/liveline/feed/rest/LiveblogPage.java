package io.liveline.feed.rest;

import io.liveline.feed.query.PageCursor;
import io.liveline.feed.repository.LiveblogSummary;
import java.util.List;

/** A page of the live blog list, most recently active first; {@code next} is the cursor for the following page, null at the end. */
public record LiveblogPage(List<LiveblogSummary> liveblogs, String next) {

    static LiveblogPage of(List<LiveblogSummary> blogs, int size, String shape) {
        LiveblogSummary last = blogs.size() == size ? blogs.get(blogs.size() - 1) : null;
        return new LiveblogPage(blogs, last == null ? null
                : new PageCursor(null, last.lastActivity(), last.liveblogId(), null).encode(shape));
    }
}
