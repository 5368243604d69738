package io.liveline.feed.query;

import java.util.Locale;
import java.util.Optional;

/** How a page of updates is ordered ({@code sort=}): newest first, or by relevance to the search. */
public enum UpdateOrder {
    NEWEST,
    RELEVANCE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<UpdateOrder> fromWireName(String name) {
        for (UpdateOrder order : values()) {
            if (order.wireName().equals(name)) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
