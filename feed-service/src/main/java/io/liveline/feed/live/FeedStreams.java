package io.liveline.feed.live;

import io.liveline.feed.query.TagFilter;
import io.liveline.feed.config.FeedConfig;
import io.liveline.feed.repository.ChangeLog;
import io.liveline.feed.repository.StoredChange;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The change streams behind SSE: the stored changes after the client's last event id, then the
 * live tail, joined without gap or duplicate. The join is registered with the live tail before
 * anything is read, so every change the tail publishes afterwards reaches it.
 */
@ApplicationScoped
public class FeedStreams {

    private final ChangeLog changes;
    private final UpdateBroadcaster broadcaster;
    private final ChangeTail tail;
    private final FeedConfig config;

    FeedStreams(ChangeLog changes, UpdateBroadcaster broadcaster, ChangeTail tail, FeedConfig config) {
        this.changes = changes;
        this.broadcaster = broadcaster;
        this.tail = tail;
        this.config = config;
    }

    /**
     * Streams the changes of one live blog (or every one, when {@code liveblogId} is null) that
     * pass the filter to {@code sink}. Must be called on the event loop of the sink's connection:
     * the sink is called there, and so is the returned join.
     *
     * @param lastEventId resume after this event; null to start with the next change
     */
    public LiveJoin follow(String liveblogId, TagFilter filter, Long lastEventId, FeedSink sink) {
        Context loop = Vertx.currentContext();
        if (loop == null || !Context.isOnEventLoopThread()) {
            throw new IllegalStateException("a stream is joined on its connection's event loop");
        }
        LiveJoin join = new LiveJoin(loop, liveblogId, filter, sink, config.streamBuffer(), broadcaster);
        broadcaster.join(join);
        if (lastEventId == null) {
            // Read after joining: the tail moves its position before it publishes, so a change is
            // either at or before this position or still to be delivered to the join.
            join.liveAfter(tail.last());
        } else {
            join.replayAfter(lastEventId);
            replay(join);
        }
        return join;
    }

    private void replay(LiveJoin join) {
        long after = join.last();
        changes.after(join.liveblogId(), after, config.replayBatch())
                .subscribe().with(rows -> join.loop().runOnContext(ignored -> replayed(join, rows)),
                        failure -> join.loop().runOnContext(ignored -> join.fail(failure)));
    }

    private void replayed(LiveJoin join, List<StoredChange> rows) {
        if (join.ended()) {
            return;
        }
        join.replayed(FeedEvent.fromRows(rows));
        if (rows.size() == config.replayBatch()) {
            join.whenWritable(() -> {
                if (!join.ended()) {
                    replay(join);
                }
            });
        } else {
            join.caughtUp();
        }
    }
}
