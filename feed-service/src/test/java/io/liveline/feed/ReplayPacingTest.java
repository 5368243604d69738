package io.liveline.feed;

import static org.awaitility.Awaitility.await;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.devstack.PostgresTestResource;
import io.liveline.events.EnrichedUpdate;
import io.liveline.events.TagSet;
import io.liveline.feed.config.FeedConfig;
import io.liveline.feed.service.FeedService;
import io.liveline.feed.live.FeedSink;
import io.liveline.feed.live.FeedStreams;
import io.liveline.feed.live.SseFrames;
import io.liveline.feed.query.TagFilter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A client resuming far back whose socket is full is not read ahead for: the replay reads its next
 * batch of rows only once the socket takes writes again, so what one resuming connection holds in
 * memory is bounded by one batch, however long the history and however slow the client.
 */
@QuarkusTest
@TestProfile(FeedTestProfile.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class ReplayPacingTest {

    @Inject
    FeedService feed;

    @Inject
    FeedStreams streams;

    @Inject
    FeedConfig config;

    @Inject
    Vertx vertx;

    /** A subscriber whose socket is full until the test lets it drain. */
    private static final class FullSocket implements FeedSink {
        final AtomicInteger received = new AtomicInteger();
        final AtomicReference<Runnable> waiting = new AtomicReference<>();
        volatile boolean writable;

        @Override
        public void send(SseFrames frames, int events) {
            received.addAndGet(events);
        }

        @Override
        public void whenWritable(Runnable then) {
            if (writable) {
                then.run();
            } else {
                waiting.set(then);
            }
        }

        @Override
        public void close(Throwable reason) {
            throw new AssertionError("the stream ended", reason);
        }
    }

    /** A live subscriber that takes every write at once. */
    private static final class OpenSocket implements FeedSink {
        final AtomicInteger received = new AtomicInteger();
        volatile boolean joined;

        @Override
        public void send(SseFrames frames, int events) {
            received.addAndGet(events);
        }

        @Override
        public void whenWritable(Runnable then) {
            then.run();
        }

        @Override
        public void close(Throwable reason) {
            throw new AssertionError("the live stream ended", reason);
        }
    }

    @Test
    void aResumeFromTheStartReadsOneBatchAheadOfAFullSocketAndNoMore() {
        String blog = "replay-paced";
        int batch = config.replayBatch();
        int stored = batch * 2 + batch / 2;
        Context loop = vertx.getOrCreateContext();
        OpenSocket live = new OpenSocket();
        loop.runOnContext(ignored -> {
            streams.follow(blog, TagFilter.NONE, null, live);
            live.joined = true;
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> live.joined);
        List<EnrichedUpdate> updates = IntStream.range(0, stored)
                .mapToObj(i -> EnrichedTopic.update(blog, "p" + i, 1, "<p>" + i + "</p>", TagSet.EMPTY)).toList();
        for (int from = 0; from < stored; from += batch) {
            feed.apply(updates.subList(from, Math.min(stored, from + batch))).await().atMost(Duration.ofSeconds(30));
        }
        // The resume starts once the live tail has published every stored change: had the tail been
        // late, those changes would reach the resuming stream as live events too, more than its
        // buffer holds while its socket is full, and it would be cut off as a slow client.
        await().atMost(Duration.ofSeconds(20)).until(() -> live.received.get() == stored);

        FullSocket socket = new FullSocket();
        loop.runOnContext(ignored -> streams.follow(blog, TagFilter.NONE, 0L, socket));

        await().atMost(Duration.ofSeconds(20)).until(() -> socket.received.get() == batch && socket.waiting.get() != null);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> socket.received.get() == batch);

        socket.writable = true;
        loop.runOnContext(ignored -> socket.waiting.getAndSet(null).run());
        await().atMost(Duration.ofSeconds(20)).until(() -> socket.received.get() == stored);
    }
}
