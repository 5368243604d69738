package io.liveline.feed.service;

import io.liveline.events.EnrichedUpdate;
import io.liveline.feed.repository.LiveUpdateRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Applies enriched updates to the store and, once committed, to the live tail. */
@ApplicationScoped
public class FeedService {

    private final LiveUpdateRepository repository;
    private final UpdateBroadcaster broadcaster;

    public FeedService(LiveUpdateRepository repository, UpdateBroadcaster broadcaster) {
        this.repository = repository;
        this.broadcaster = broadcaster;
    }

    /**
     * Stores the update if it is newer than what is stored, then tells open streams. A duplicate
     * or stale version is a no-op, so redelivery after a crash is harmless.
     *
     * @return true when the update changed the feed
     */
    public Uni<Boolean> apply(EnrichedUpdate enriched) {
        return Panache.withTransaction(() -> repository.apply(enriched))
                .map(seq -> {
                    if (seq == null) {
                        return false;
                    }
                    broadcaster.publish(FeedEvent.from(seq, enriched));
                    return true;
                });
    }
}
