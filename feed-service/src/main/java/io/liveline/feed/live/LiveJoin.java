package io.liveline.feed.live;

import io.liveline.feed.query.TagFilter;
import io.vertx.core.Context;
import java.util.ArrayDeque;
import java.util.List;

/**
 * One subscriber's stream: the stored changes after its last event id, then the live tail, joined
 * without gap or duplicate and filtered by live blog and tags. While the replay is read, live
 * events wait in a bounded queue and only those newer than the replay are sent. Every method runs
 * on the subscriber's event loop, the one its connection and its live events use, so none locks.
 */
public final class LiveJoin {

    private final Context loop;
    private final String liveblogId;
    private final TagFilter filter;
    private final FeedSink sink;
    private final int bufferLimit;
    private final UpdateBroadcaster broadcaster;
    /** Live events that arrived during the replay; null once the replay is done. */
    private ArrayDeque<FeedEvent> pending;
    private long last;
    private boolean ended;

    LiveJoin(Context loop, String liveblogId, TagFilter filter, FeedSink sink, int bufferLimit, UpdateBroadcaster broadcaster) {
        this.loop = loop;
        this.liveblogId = liveblogId;
        this.filter = filter;
        this.sink = sink;
        this.bufferLimit = bufferLimit;
        this.broadcaster = broadcaster;
    }

    /** The subscriber leaves: no more events are sent. */
    public void cancel() {
        if (!ended) {
            ended = true;
            broadcaster.leave(this);
        }
    }

    boolean ended() {
        return ended;
    }

    Context loop() {
        return loop;
    }

    /** The live blog followed, or null for all of them. */
    String liveblogId() {
        return liveblogId;
    }

    long last() {
        return last;
    }

    /** Starts with the change after {@code seq}: live at once, nothing to read back. */
    void liveAfter(long seq) {
        last = seq;
    }

    /** Starts after {@code seq} with a replay from the database; live events wait until {@link #caughtUp()}. */
    void replayAfter(long seq) {
        last = seq;
        pending = new ArrayDeque<>();
    }

    /** A batch of the replay, in id order. */
    void replayed(List<FeedEvent> events) {
        events.forEach(this::send);
    }

    /** Runs {@code then} on the loop once the subscriber's socket takes writes. */
    void whenWritable(Runnable then) {
        sink.whenWritable(then);
    }

    /** The replay reached the end of the stored changes: what the tail published meanwhile follows. */
    void caughtUp() {
        pending.forEach(this::send);
        pending = null;
    }

    void fail(Throwable reason) {
        if (!ended) {
            cancel();
            sink.close(reason);
        }
    }

    /** The tail's next changes, in id order. */
    void onLive(FeedBatch batch) {
        if (ended) {
            return;
        }
        if (pending != null) {
            if (pending.size() + batch.size() > bufferLimit) {
                fail(new SlowClientException("fell behind while resuming"));
            } else {
                pending.addAll(batch.events());
            }
        } else if (batch.firstSeq() > last && filter.isEmpty()) {
            // All of them, as the tail joined them: one write.
            last = batch.lastSeq();
            sink.send(batch.frames(), batch.size());
        } else {
            batch.events().forEach(this::send);
        }
    }

    /** Sends each id once, in order; events at or before the last sent were already covered. */
    private void send(FeedEvent event) {
        if (ended || event.seq() <= last) {
            return;
        }
        last = event.seq();
        // A retraction and a live blog's metadata concern every reader of the blog, whatever their filter.
        if (event.type() != FeedEvent.Type.UPDATE || filter.isEmpty() || filter.matches(event.tags())) {
            sink.send(event.frame(), 1);
        }
    }
}
