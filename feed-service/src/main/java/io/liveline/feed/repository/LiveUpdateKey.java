package io.liveline.feed.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The identity of a stored update: its live blog and its id within it. */
@Embeddable
public class LiveUpdateKey implements Serializable {

    @Column(name = "liveblog_id")
    public String liveblogId;

    @Column(name = "update_id")
    public String updateId;

    public LiveUpdateKey() {
    }

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
