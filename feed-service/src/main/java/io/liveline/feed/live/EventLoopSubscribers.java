package io.liveline.feed.live;

import io.vertx.core.Context;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The subscribers of one event loop, by live blog: each read of the tail costs this loop one task
 * that hands the same changes to every subscriber of their live blog (and of all live blogs),
 * instead of a task and a reactive pipeline per subscriber and change. Membership is changed and
 * read only on the loop itself.
 */
final class EventLoopSubscribers {

    private final Context loop;
    /** Keyed by live blog id; the null key holds the subscribers of every live blog. */
    private final Map<String, Members> byLiveblog = new HashMap<>();

    EventLoopSubscribers(Context loop) {
        this.loop = loop;
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

    /** Called by the tail, in id order; the loop runs its tasks in that order, then {@code done}. */
    void publish(FeedBatch batch, Map<String, FeedBatch> byLiveblog, Runnable done) {
        loop.runOnContext(ignored -> {
            try {
                byLiveblog.forEach((liveblogId, ofBlog) -> deliver(this.byLiveblog.get(liveblogId), ofBlog));
                deliver(this.byLiveblog.get(null), batch);
            } finally {
                done.run();
            }
        });
    }

    private static void deliver(Members members, FeedBatch batch) {
        if (members != null) {
            for (LiveJoin join : members.snapshot()) {
                try {
                    join.onLive(batch);
                } catch (RuntimeException e) {
                    // One broken stream ends alone; the others of this loop still get the batch.
                    join.fail(e);
                }
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
