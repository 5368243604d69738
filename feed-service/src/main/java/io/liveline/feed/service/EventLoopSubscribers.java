package io.liveline.feed.service;

import io.vertx.core.Context;
import io.vertx.core.impl.ContextInternal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The subscribers of one event loop, by live blog: each read of the tail costs this loop one
 * delivery that hands the same changes to every subscriber of their live blog (and of all live
 * blogs), instead of a task and a reactive pipeline per subscriber and change. Membership is
 * changed and read only on the loop itself.
 *
 * <p>A delivery writes to at most {@link #WRITES_PER_TURN} subscribers per turn of the loop: the
 * loop shares its thread with database and Kafka callbacks, new streams and heartbeats, which an
 * event written to 2,500 subscribers in one go kept waiting for tens of milliseconds. Deliveries
 * run one after another, so each subscriber gets the changes in id order, and those published
 * while a loop is behind are joined into one write per subscriber. Without that, a loop that fell
 * behind once (a GC pause, a busy machine) wrote every change on its own and, at 10,000
 * subscribers, never caught up: the tail's reads used to join such changes, but changes this
 * replica commits now skip the read (ChangeTail.committed).
 */
final class EventLoopSubscribers {

    /** About a millisecond of socket writes; the loop reads its sockets and runs its queue in between. */
    static final int WRITES_PER_TURN = 128;

    /** The most changes joined into one write while a loop catches up, as many as one read of the tail returns. */
    private static final int MAX_JOINED = 500;

    private final ContextInternal loop;
    /** Keyed by live blog id; the null key holds the subscribers of every live blog. */
    private final Map<String, Members> byLiveblog = new HashMap<>();
    /** Published and not yet written to every subscriber, oldest first. */
    private final ArrayDeque<Delivery> deliveries = new ArrayDeque<>();
    private final Runnable nextTurn;

    EventLoopSubscribers(Context loop) {
        this.loop = (ContextInternal) loop;
        this.nextTurn = () -> this.loop.dispatch(ignored -> deliverTurn());
    }

    /** Called on the loop. */
    void add(LiveJoin join) {
        byLiveblog.computeIfAbsent(join.liveblogId(), ignored -> new Members()).add(join);
    }

    /** Called on the loop. */
    void remove(LiveJoin join) {
        Members members = byLiveblog.get(join.liveblogId());
        if (members != null && members.remove(join)) {
            byLiveblog.remove(join.liveblogId());
        }
    }

    /** Called by the tail, in id order; the loop runs its tasks in that order. */
    void publish(FeedBatch batch, Map<String, FeedBatch> ofLiveblogs) {
        loop.runOnContext(ignored -> {
            boolean idle = deliveries.isEmpty();
            Delivery waiting = deliveries.peekLast();
            if (waiting != null && !waiting.started() && waiting.batch.size() + batch.size() <= MAX_JOINED) {
                // This loop is behind: changes still waiting go out with these in one write per subscriber.
                deliveries.pollLast();
                FeedBatch joined = waiting.batch.followedBy(batch);
                deliveries.add(new Delivery(joined, joined.byLiveblog()));
            } else {
                deliveries.add(new Delivery(batch, ofLiveblogs));
            }
            if (idle) {
                deliverTurn();
            }
        });
    }

    private void deliverTurn() {
        int budget = WRITES_PER_TURN;
        while (budget > 0 && !deliveries.isEmpty()) {
            Delivery delivery = deliveries.peek();
            budget = delivery.deliver(budget);
            if (delivery.done()) {
                deliveries.poll();
            }
        }
        if (!deliveries.isEmpty()) {
            // Scheduled, not queued: Netty takes scheduled tasks once per turn, after the socket
            // events, whereas a queued task would run again straight away in the same turn.
            loop.nettyEventLoop().schedule(nextTurn, 0, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * One published batch on its way to this loop's subscribers. Who receives it is fixed when its
     * turn comes: a stream that joins later starts after it (FeedStreams.follow).
     */
    private final class Delivery {
        private final FeedBatch batch;
        private final Map<String, FeedBatch> ofLiveblogs;
        private List<LiveJoin[]> joins;
        private List<FeedBatch> batches;
        private int target;
        private int next;

        Delivery(FeedBatch batch, Map<String, FeedBatch> ofLiveblogs) {
            this.batch = batch;
            this.ofLiveblogs = ofLiveblogs;
        }

        /** Writes to at most {@code budget} subscribers; answers what is left of the budget. */
        int deliver(int budget) {
            if (joins == null) {
                start();
            }
            while (budget > 0 && target < joins.size()) {
                LiveJoin[] members = joins.get(target);
                FeedBatch changes = batches.get(target);
                int end = Math.min(members.length, next + budget);
                for (int i = next; i < end; i++) {
                    members[i].onLive(changes);
                }
                budget -= end - next;
                next = end;
                if (next == members.length) {
                    target++;
                    next = 0;
                }
            }
            return budget;
        }

        boolean started() {
            return joins != null;
        }

        boolean done() {
            return joins != null && target == joins.size();
        }

        private void start() {
            joins = new ArrayList<>(ofLiveblogs.size() + 1);
            batches = new ArrayList<>(ofLiveblogs.size() + 1);
            ofLiveblogs.forEach((liveblogId, ofBlog) -> addTarget(byLiveblog.get(liveblogId), ofBlog));
            addTarget(byLiveblog.get(null), batch);
        }

        private void addTarget(Members members, FeedBatch changes) {
            if (members != null) {
                joins.add(members.snapshot());
                batches.add(changes);
            }
        }
    }

    /**
     * One live blog's subscribers on this loop, iterated over a snapshot so that one leaving (a
     * slow client cut off mid-delivery) does not disturb the others' turn.
     */
    private static final class Members {
        private final Set<LiveJoin> joins = new LinkedHashSet<>();
        private LiveJoin[] snapshot;

        void add(LiveJoin join) {
            joins.add(join);
            snapshot = null;
        }

        /** True when none is left. */
        boolean remove(LiveJoin join) {
            joins.remove(join);
            snapshot = null;
            return joins.isEmpty();
        }

        LiveJoin[] snapshot() {
            if (snapshot == null) {
                snapshot = joins.toArray(LiveJoin[]::new);
            }
            return snapshot;
        }
    }
}
