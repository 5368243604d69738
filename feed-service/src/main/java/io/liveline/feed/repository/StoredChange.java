package io.liveline.feed.repository;

/** One row of the change log: a live update or a live blog's metadata, at its place in the stream. */
public sealed interface StoredChange permits LiveUpdateEntity, LiveblogEntity {

    /** The SSE event id of the row's last change. */
    long seq();

    String liveblogId();
}
