package io.liveline.feed.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.liveline.events.TagSet;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How one event loop's subscribers are written to: a few at a time per turn of the loop, so what
 * else is queued on it runs in between, and with changes that queued up meanwhile joined into one
 * write, always in id order.
 */
class EventLoopSubscribersTest {

    private static final int SUBSCRIBERS = EventLoopSubscribers.WRITES_PER_TURN * 2 + 44;

    private final Vertx vertx = Vertx.vertx();
    private final Context loop = vertx.getOrCreateContext();
    private final UpdateBroadcaster broadcaster = new UpdateBroadcaster();
    private final List<List<String>> writes = new ArrayList<>();
    /** Subscribers that have had at least one write. */
    private final AtomicInteger reached = new AtomicInteger();

    @AfterEach
    void closeVertx() {
        vertx.close();
    }

    @Test
    void aFanOutYieldsToTheLoopAndChangesThatQueuedMeanwhileGoOutJoinedInOrder() throws Exception {
        onLoop(() -> {
            for (int i = 0; i < SUBSCRIBERS; i++) {
                List<String> own = new ArrayList<>();
                writes.add(own);
                LiveJoin join = new LiveJoin(loop, "blog", TagFilter.NONE, recorder(own), 10, broadcaster);
                broadcaster.join(join);
                join.liveAfter(0);
            }
        });

        // The loop is busy while three reads of the tail are published, and a task is queued behind them.
        CountDownLatch busy = new CountDownLatch(1);
        loop.runOnContext(ignored -> hold(busy));
        broadcaster.publish(List.of(event(1)));
        broadcaster.publish(List.of(event(2)));
        broadcaster.publish(List.of(event(3)));
        CompletableFuture<Integer> reachedWhenTheTaskRan = new CompletableFuture<>();
        loop.runOnContext(ignored -> reachedWhenTheTaskRan.complete(reached.get()));
        busy.countDown();

        assertThat(reachedWhenTheTaskRan.get(10, TimeUnit.SECONDS)).isEqualTo(EventLoopSubscribers.WRITES_PER_TURN);
        await().atMost(Duration.ofSeconds(10)).until(this::allHaveTwoWrites);
        onLoop(() -> assertThat(writes).allSatisfy(own -> assertThat(own).containsExactly("1:id: 1\n\n", "2:id: 2\n\nid: 3\n\n")));
    }

    private boolean allHaveTwoWrites() throws Exception {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        loop.runOnContext(ignored -> done.complete(writes.stream().allMatch(own -> own.size() >= 2)));
        return done.get(10, TimeUnit.SECONDS);
    }

    private FeedSink recorder(List<String> own) {
        return new FeedSink() {
            @Override
            public void send(SseFrames frames, int events) {
                if (own.isEmpty()) {
                    reached.incrementAndGet();
                }
                own.add(events + ":" + frames.frames());
            }

            @Override
            public void close(Throwable reason) {
                own.add("closed: " + reason);
            }
        };
    }

    private void onLoop(Runnable work) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.runOnContext(ignored -> {
            try {
                work.run();
                done.complete(null);
            } catch (Throwable failure) {
                done.completeExceptionally(failure);
            }
        });
        done.get(10, TimeUnit.SECONDS);
    }

    private static void hold(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static FeedEvent event(long seq) {
        return new FeedEvent(seq, "blog", FeedEvent.UPDATE, "{}", TagSet.EMPTY,
                SseFrames.of(("id: " + seq + "\n\n").getBytes(StandardCharsets.UTF_8)));
    }
}
