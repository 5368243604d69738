package io.liveline.feed.rest;

import io.liveline.feed.mapping.NinjsItem;
import java.util.List;

/** A page of a live blog as ninjs items, newest first; {@code next} as in {@link UpdatePage}. */
public record NinjsPage(List<NinjsItem> items, String next) {

    static NinjsPage from(UpdatePage page) {
        return new NinjsPage(page.updates().stream().map(NinjsItem::from).toList(), page.next());
    }
}
