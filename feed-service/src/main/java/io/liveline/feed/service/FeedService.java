package io.liveline.feed.service;

import io.liveline.feed.live.ChangeTail;
import io.liveline.events.EnrichedUpdate;
import io.liveline.events.TagCorrection;
import io.liveline.feed.repository.ChangeLog;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Applies batches of enriched updates (and editors' tag corrections) to the store and, once committed, wakes this replica's live tail. */
@ApplicationScoped
public class FeedService {

    private final ChangeLog changes;
    private final ChangeTail tail;

    public FeedService(ChangeLog changes, ChangeTail tail) {
        this.changes = changes;
        this.tail = tail;
    }

    /**
     * Stores a batch of updates in one transaction, each only if it is newer than what is stored,
     * then pokes the tail. A duplicate or stale version is a no-op, so redelivery is harmless.
     *
     * @return how many changes this call numbered
     */
    public Uni<Integer> apply(List<EnrichedUpdate> batch) {
        return apply(batch, List.of());
    }

    /**
     * Stores a batch of updates and editors' tag corrections in one transaction, as {@link #apply(List)}
     * does updates; a correction already applied is a no-op too.
     */
    public Uni<Integer> apply(List<EnrichedUpdate> batch, List<TagCorrection> corrections) {
        return changes.apply(batch, corrections).invoke(tail::poke);
    }
}
