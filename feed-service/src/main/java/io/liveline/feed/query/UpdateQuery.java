package io.liveline.feed.query;

import io.liveline.events.UpdateKind;

/**
 * Which visible updates a page holds and in what order: one live blog's or (null) every live
 * blog's, with tag, kind and pin filters and a search; absent parts (null) select everything.
 */
public record UpdateQuery(String liveblogId, TagFilter filter, UpdateKind kind, Boolean pinned, SearchQuery search,
        UpdateOrder order) {

    public UpdateQuery {
        if (order == UpdateOrder.RELEVANCE && search == null) {
            throw new IllegalArgumentException("relevance needs a search");
        }
    }

    /** What a cursor is bound to: everything that selects or orders, not the page size. */
    public String shape() {
        return PageCursor.shapeOf(String.join("|", "updates", String.valueOf(liveblogId), filter.toString(),
                kind == null ? "" : kind.wireName(), String.valueOf(pinned), search == null ? "" : search.tsquery(), order.wireName()));
    }
}
