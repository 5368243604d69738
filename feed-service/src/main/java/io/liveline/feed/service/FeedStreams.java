package io.liveline.feed.service;

import io.liveline.feed.config.FeedConfig;
import io.liveline.feed.repository.LiveUpdateEntity;
import io.liveline.feed.repository.LiveUpdateRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The change streams behind SSE: the stored changes after the client's last event id, then the
 * live tail, joined without gap or duplicate. The live tail is subscribed before the database is
 * read; its events wait in a queue and only those newer than the replay are sent.
 */
@ApplicationScoped
public class FeedStreams {

    private final LiveUpdateRepository repository;
    private final UpdateBroadcaster broadcaster;
    private final ChangeTail tail;
    private final FeedConfig config;

    public FeedStreams(LiveUpdateRepository repository, UpdateBroadcaster broadcaster, ChangeTail tail, FeedConfig config) {
        this.repository = repository;
        this.broadcaster = broadcaster;
        this.tail = tail;
        this.config = config;
    }

    /**
     * Changes of one live blog (or every one, when {@code liveblogId} is null) that pass the filter.
     *
     * @param lastEventId resume after this event; null to start with the next change
     */
    public Multi<FeedEvent> follow(String liveblogId, TagFilter filter, Long lastEventId) {
        Multi<FeedEvent> joined = Multi.createFrom().emitter(emitter -> new Join(emitter, liveblogId, filter).start(lastEventId));
        // A client that falls this far behind is cut off; it resumes from its last event id.
        return joined.onOverflow().buffer(config.streamBuffer())
                .onFailure(BackPressureFailure.class)
                .transform(e -> new SlowClientException("more than " + config.streamBuffer() + " events waiting"));
    }

    /** One subscriber's join of replay and live tail. */
    private final class Join {
        private final MultiEmitter<? super FeedEvent> emitter;
        private final String liveblogId;
        private final TagFilter filter;
        private final Deque<FeedEvent> pending = new ArrayDeque<>();
        private boolean replaying = true;
        private long last;

        Join(MultiEmitter<? super FeedEvent> emitter, String liveblogId, TagFilter filter) {
            this.emitter = emitter;
            this.liveblogId = liveblogId;
            this.filter = filter;
        }

        void start(Long lastEventId) {
            Cancellable live = broadcaster.changes()
                    .filter(event -> liveblogId == null || liveblogId.equals(event.liveblogId()))
                    .subscribe().with(this::onLive, emitter::fail);
            emitter.onTermination(live::cancel);
            if (lastEventId == null) {
                // A new client starts with the next change the tail publishes: nothing to read back.
                synchronized (this) {
                    last = tail.last();
                }
                onReplayed(List.of());
            } else {
                synchronized (this) {
                    last = lastEventId;
                }
                replayAfter(lastEventId);
            }
        }

        private void replayAfter(long seq) {
            Panache.withSession(() -> repository.changesAfter(liveblogId, seq, config.replayBatch()))
                    .subscribe().with(this::onReplayed, emitter::fail);
        }

        private void onReplayed(List<LiveUpdateEntity> rows) {
            synchronized (this) {
                rows.forEach(row -> send(FeedEvent.from(row)));
                if (rows.size() == config.replayBatch()) {
                    replayAfter(last);
                    return;
                }
                pending.forEach(this::send);
                pending.clear();
                replaying = false;
            }
        }

        private synchronized void onLive(FeedEvent event) {
            if (replaying) {
                if (pending.size() >= config.streamBuffer()) {
                    emitter.fail(new SlowClientException("fell behind while resuming"));
                    return;
                }
                pending.add(event);
            } else {
                send(event);
            }
        }

        /** Sends each seq once, in order; events at or before the last sent were already covered. */
        private void send(FeedEvent event) {
            if (event.seq() <= last) {
                return;
            }
            last = event.seq();
            if (event.type().equals(FeedEvent.DELETE) || filter.isEmpty() || filter.matches(event.tags())) {
                emitter.emit(event);
            }
        }
    }
}
