package io.liveline.events;

import java.util.Locale;
import java.util.Optional;

/** How a live page presents an update. */
public enum UpdateKind {
    /** An ordinary entry in the stream. */
    POST,
    /** A development worth listing in the page's key events summary. */
    KEY_EVENT,
    /** Breaking news: apps may alert or highlight it. */
    BREAKING;

    /** The name newsrooms send and apps read: {@code post}, {@code key-event}, {@code breaking}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind a wire name stands for, ignoring case and surrounding space. */
    public static Optional<UpdateKind> fromWireName(String name) {
        String wanted = name.trim();
        for (UpdateKind kind : values()) {
            if (kind.wireName().equalsIgnoreCase(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
