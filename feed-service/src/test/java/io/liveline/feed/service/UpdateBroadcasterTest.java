package io.liveline.feed.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveline.events.TagSet;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The tail hears that a batch is delivered only once every event loop has written it to all its subscribers. */
class UpdateBroadcasterTest {

    private static final Vertx VERTX = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));

    private final UpdateBroadcaster broadcaster = new UpdateBroadcaster();
    private final AtomicInteger written = new AtomicInteger();

    @AfterAll
    static void closeVertx() {
        VERTX.close();
    }

    @Test
    void deliveredRunsOnceAfterTheSlowestLoopHasWrittenToAllItsSubscribers() throws Exception {
        // A context created off the event loops lands on the next loop: two calls, both loops.
        Context fast = VERTX.getOrCreateContext();
        Context slow = VERTX.getOrCreateContext();
        join(fast, 0);
        join(fast, 0);
        join(slow, 300);

        CompletableFuture<Integer> writtenWhenDelivered = new CompletableFuture<>();
        AtomicInteger deliveries = new AtomicInteger();
        broadcaster.publish(List.of(event(1)), () -> {
            deliveries.incrementAndGet();
            writtenWhenDelivered.complete(written.get());
        });

        assertThat(writtenWhenDelivered.get(5, TimeUnit.SECONDS)).isEqualTo(3);
        Thread.sleep(100);
        assertThat(deliveries).hasValue(1);
    }

    @Test
    void withNoSubscribersTheBatchIsDeliveredAtOnce() {
        AtomicInteger deliveries = new AtomicInteger();
        broadcaster.publish(List.of(event(1)), deliveries::incrementAndGet);
        assertThat(deliveries).hasValue(1);
    }

    /** A live subscriber on {@code loop} whose every write takes {@code writeMillis}. */
    private void join(Context loop, long writeMillis) throws InterruptedException {
        FeedSink sink = new FeedSink() {
            @Override
            public void send(SseFrames frames, int events) {
                try {
                    Thread.sleep(writeMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                written.incrementAndGet();
            }

            @Override
            public void close(Throwable reason) {
            }
        };
        CountDownLatch joined = new CountDownLatch(1);
        loop.runOnContext(ignored -> {
            LiveJoin join = new LiveJoin(loop, "blog", TagFilter.NONE, sink, 10, broadcaster);
            join.liveAfter(0);
            broadcaster.join(join);
            joined.countDown();
        });
        assertThat(joined.await(5, TimeUnit.SECONDS)).isTrue();
    }

    private static FeedEvent event(long seq) {
        return new FeedEvent(seq, "blog", FeedEvent.UPDATE, "{}", TagSet.EMPTY,
                SseFrames.of(("id: " + seq + "\n\n").getBytes(StandardCharsets.UTF_8)));
    }
}
