package io.liveline.events;

/** How a live page presents an update. */
public enum UpdateKind {
    /** An ordinary entry in the stream. */
    POST,
    /** A development worth listing in the page's key events summary. */
    KEY_EVENT,
    /** Breaking news: apps may alert or highlight it. */
    BREAKING
}
