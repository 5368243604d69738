package io.liveline.feed.service;

import io.liveline.events.EnrichedUpdate;
import io.liveline.feed.repository.ChangeLog;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Applies enriched updates to the store and, once committed, wakes this replica's live tail. */
@ApplicationScoped
public class FeedService {

    private final ChangeLog changes;
    private final ChangeTail tail;

    public FeedService(ChangeLog changes, ChangeTail tail) {
        this.changes = changes;
        this.tail = tail;
    }

    /**
     * Stores the update if it is newer than what is stored, then pokes the tail. A duplicate or
     * stale version is a no-op, so redelivery and the same record applied by every replica are
     * harmless. The tail is poked even then: the no-op may mean another replica has just
     * committed this very change, which this replica's subscribers have not seen yet.
     *
     * @return true when this call changed the feed
     */
    public Uni<Boolean> apply(EnrichedUpdate enriched) {
        return changes.apply(enriched)
                .map(seq -> seq != null)
                .invoke(tail::poke);
    }
}
