package io.liveline.feed.repository;

import java.util.Objects;

/** The identity of a stored update: its live blog and its id within it. */
public class LiveUpdateKey {

    public final String liveblogId;

    public final String updateId;

    public LiveUpdateKey(String liveblogId, String updateId) {
        this.liveblogId = liveblogId;
        this.updateId = updateId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LiveUpdateKey key && key.liveblogId.equals(liveblogId) && key.updateId.equals(updateId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(liveblogId, updateId);
    }
}
