package io.liveline.feed.live;

import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live tail handed to every open stream: the committed changes of each read of this replica's
 * ChangeTail go to each event loop that has subscribers as one task, which then writes them to all
 * of that loop's subscribers.
 */
@ApplicationScoped
class UpdateBroadcaster {

    /** By the root context of the subscribers' event loop (a request runs on a duplicate of it). */
    private final ConcurrentMap<Context, EventLoopSubscribers> loops = new ConcurrentHashMap<>();

    /**
     * Called by the tail only, with the changes of one read (not empty), reads one after another in
     * id order. {@code delivered} runs once every event loop has handed them to all its subscribers.
     */
    void publish(List<FeedEvent> events, Runnable delivered) {
        FeedBatch batch = FeedBatch.of(events);
        Map<String, FeedBatch> byLiveblog = batch.byLiveblog();
        // One count for this loop over the event loops, so none can finish the count before all have begun.
        AtomicInteger busy = new AtomicInteger(1);
        Runnable loopDone = () -> {
            if (busy.decrementAndGet() == 0) {
                delivered.run();
            }
        };
        for (EventLoopSubscribers loop : loops.values()) {
            busy.incrementAndGet();
            loop.publish(batch, byLiveblog, loopDone);
        }
        loopDone.run();
    }

    /** Called on the join's event loop; from then on it hears of every change published. */
    void join(LiveJoin join) {
        loops.computeIfAbsent(VertxContext.getRootContext(join.loop()), EventLoopSubscribers::new).add(join);
    }

    /** Called on the join's event loop. */
    void leave(LiveJoin join) {
        EventLoopSubscribers loop = loops.get(VertxContext.getRootContext(join.loop()));
        if (loop != null) {
            loop.remove(join);
        }
    }
}
