package io.liveline.feed.live;

import io.liveline.feed.query.TagFilter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.liveline.events.TagSet;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The tail hears that a batch is delivered only once every event loop has written it to all its
 * subscribers, and one subscriber that breaks does not keep it from the others.
 */
class UpdateBroadcasterTest {

    private static final Vertx VERTX = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));

    private final UpdateBroadcaster broadcaster = new UpdateBroadcaster();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();

    @AfterAll
    static void closeVertx() {
        VERTX.close();
    }

    @Test
    void deliveredRunsOnceAfterTheSlowestLoopHasWrittenToAllItsSubscribers() throws Exception {
        // A context created off the event loops lands on the next loop: two calls, both loops.
        Context fast = VERTX.getOrCreateContext();
        Context slow = VERTX.getOrCreateContext();
        CountDownLatch slowWriteMayEnd = new CountDownLatch(1);
        join(fast, () -> { });
        join(fast, () -> { });
        join(slow, () -> awaitQuietly(slowWriteMayEnd));

        AtomicInteger writtenWhenDelivered = new AtomicInteger(-1);
        AtomicInteger deliveries = new AtomicInteger();
        broadcaster.publish(List.of(event(1)), () -> {
            deliveries.incrementAndGet();
            writtenWhenDelivered.set(written.get());
        });

        await().atMost(Duration.ofSeconds(5)).untilAtomic(written, equalTo(2));
        assertThat(deliveries).hasValue(0);
        slowWriteMayEnd.countDown();
        await().atMost(Duration.ofSeconds(5)).untilAtomic(deliveries, equalTo(1));
        assertThat(writtenWhenDelivered).hasValue(3);
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(1)).untilAtomic(deliveries, equalTo(1));
    }

    @Test
    void withNoSubscribersTheBatchIsDeliveredAtOnce() {
        AtomicInteger deliveries = new AtomicInteger();
        broadcaster.publish(List.of(event(1)), deliveries::incrementAndGet);
        assertThat(deliveries).hasValue(1);
    }

    @Test
    void aSubscriberWhoseWriteThrowsEndsAloneAndTheOthersOfItsLoopStillGetTheBatch() throws Exception {
        Context loop = VERTX.getOrCreateContext();
        join(loop, () -> {
            throw new IllegalStateException("a broken sink");
        });
        join(loop, () -> { });

        AtomicInteger deliveries = new AtomicInteger();
        broadcaster.publish(List.of(event(1)), deliveries::incrementAndGet);
        await().atMost(Duration.ofSeconds(5)).untilAtomic(deliveries, equalTo(1));
        assertThat(written).hasValue(1);
        assertThat(closed).hasValue(1);

        broadcaster.publish(List.of(event(2)), deliveries::incrementAndGet);
        await().atMost(Duration.ofSeconds(5)).untilAtomic(deliveries, equalTo(2));
        assertThat(written).hasValue(2);
    }

    /** A live subscriber on {@code loop} whose every write runs {@code write} first. */
    private void join(Context loop, Runnable write) throws InterruptedException {
        FeedSink sink = new FeedSink() {
            @Override
            public void whenWritable(Runnable then) {
                then.run();
            }

            @Override
            public void send(SseFrames frames, int events) {
                write.run();
                written.incrementAndGet();
            }

            @Override
            public void close(Throwable reason) {
                closed.incrementAndGet();
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

    /** Holds the slow subscriber's event loop, as a long fan-out would. */
    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static FeedEvent event(long seq) {
        return new FeedEvent(seq, "blog", FeedEvent.Type.UPDATE, TagSet.EMPTY,
                SseFrames.of(("id: " + seq + "\n\n").getBytes(StandardCharsets.UTF_8)));
    }
}
