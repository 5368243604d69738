package io.liveline.feed.service;

import io.liveline.events.LiveblogMetadata;
import io.liveline.feed.live.ChangeTail;
import io.liveline.feed.repository.LiveblogRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Applies batches of live blogs' metadata to the store and, once committed, wakes this replica's live tail. */
@ApplicationScoped
public class LiveblogMetadataService {

    private final LiveblogRepository liveblogs;
    private final ChangeTail tail;

    public LiveblogMetadataService(LiveblogRepository liveblogs, ChangeTail tail) {
        this.liveblogs = liveblogs;
        this.tail = tail;
    }

    /**
     * Stores a batch in one transaction, each blog only if the record is newer than what is stored,
     * then pokes the tail. A redelivered record is a no-op.
     *
     * @return how many changes this call numbered
     */
    public Uni<Integer> apply(List<LiveblogMetadata> batch) {
        return liveblogs.apply(batch).invoke(tail::poke);
    }
}
