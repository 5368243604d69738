package io.liveline.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.devstack.PostgresTestResource;
import io.liveline.devstack.SseClient;
import io.liveline.events.EnrichedUpdate;
import io.liveline.events.TagSet;
import io.liveline.feed.service.FeedService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Many writers committing at once, as several replicas do: a follower of every live blog gets
 * each change exactly once with increasing ids, and a client resuming from any id it was given
 * gets exactly the changes after it. With ids taken from a plain sequence, a later id could
 * commit first and the resume after it would skip the earlier one.
 */
@QuarkusTest
@TestProfile(FeedTestProfile.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class ConcurrentWritersTest {

    private static final int WRITES = 200;
    private static final int PER_BATCH = 5;

    @TestHTTPResource("/")
    URL base;

    @Inject
    FeedService feed;

    @Inject
    Vertx vertx;

    /** As a replica's consumer would: one transaction per batch, on a context of its own. */
    private CompletableFuture<Integer> applyOnItsOwnContext(List<EnrichedUpdate> batch) {
        CompletableFuture<Integer> applied = new CompletableFuture<>();
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> feed.apply(batch).subscribe().with(applied::complete, applied::completeExceptionally));
        return applied;
    }

    @Test
    void concurrentCommitsReachFollowersOnceInIdOrderAndResumeFromAnyIdIsExact() throws Throwable {
        try (SseClient all = SseClient.connect(base + "v1/events?lastEventId=0", null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> all.status() == 200);
            int before = all.events().size();
            // All transactions are in flight together, each a batch over several of ten live blogs, each waiting for the cursor.
            CompletableFuture.allOf(IntStream.range(0, WRITES / PER_BATCH)
                    .mapToObj(b -> applyOnItsOwnContext(IntStream.range(b * PER_BATCH, (b + 1) * PER_BATCH)
                            .mapToObj(i -> EnrichedTopic.update("concurrent-" + (i % 10), "c" + i, 1, "<p>" + i + "</p>", TagSet.EMPTY))
                            .toList()))
                    .toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(30)).until(() -> all.events().size() >= before + WRITES);

            List<SseClient.Event> events = all.events();
            assertThat(events).extracting(e -> Long.parseLong(e.id())).isSorted().doesNotHaveDuplicates();
            List<SseClient.Event> ours = events.stream().filter(e -> e.data().contains("\"liveblogId\":\"concurrent-")).toList();
            assertThat(ours).hasSize(WRITES);

            SseClient.Event middle = ours.get(WRITES / 2);
            try (SseClient resumed = SseClient.connect(base + "v1/events", middle.id())) {
                int expected = events.size() - events.indexOf(middle) - 1;
                await().atMost(Duration.ofSeconds(20)).until(() -> resumed.events().size() >= expected);
                assertThat(resumed.events()).extracting(SseClient.Event::id)
                        .containsExactlyElementsOf(events.subList(events.indexOf(middle) + 1, events.size()).stream()
                                .map(SseClient.Event::id).toList());
            }
        }
    }
}
