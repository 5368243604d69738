package io.liveline.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.devstack.PostgresTestResource;
import io.liveline.devstack.SseClient;
import io.liveline.events.Author;
import io.liveline.events.EnrichedUpdate;
import io.liveline.events.LiveUpdate;
import io.liveline.events.TagSet;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The feed's writer over the real broker and database: what it keeps, what it refuses, and that the live tail goes on. */
@QuarkusTest
@TestProfile(FeedTestProfile.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class FeedWriterTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Pool pool;

    @Test
    void aRetractionStaysWhateverWriteOfTheSameIdComesLater() {
        String blog = "writer-retracted";
        EnrichedTopic.send(EnrichedTopic.update(blog, "r1", 1, "<p>first</p>", TagSet.EMPTY));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/v1/liveblogs/" + blog + "/updates/r1").then().statusCode(200));
        // The retraction, then a stale retry of the publish with a newer version (a retried POST
        // gets one), then an update after them on the same partition, to know both were applied.
        EnrichedTopic.send(EnrichedTopic.retraction(blog, "r1", 2));
        EnrichedTopic.send(EnrichedTopic.update(blog, "r1", 3, "<p>first, again</p>", TagSet.EMPTY),
                EnrichedTopic.update(blog, "marker", 4, "<p>after</p>", TagSet.EMPTY));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/v1/liveblogs/" + blog + "/updates/marker").then().statusCode(200));
        given().get("/v1/liveblogs/" + blog + "/updates/r1").then().statusCode(410);
    }

    @Test
    void anEditThatGivesNoTimeKeepsItsUpdatesSchedule() {
        String blog = "writer-scheduled-edit";
        EnrichedUpdate scheduled = EnrichedTopic.tagged(blog, "later", 1, Instant.now().plus(Duration.ofHours(1)));
        LiveUpdate original = scheduled.update();
        LiveUpdate edit = new LiveUpdate(blog, "later", 2, original.action(), original.kind(), original.headline(),
                "<p>edited</p>", "edited", original.pinned(), original.authors(), null, original.receivedAt());
        EnrichedTopic.send(scheduled);
        EnrichedTopic.send(new EnrichedUpdate(edit, scheduled.tags(), original.receivedAt()),
                EnrichedTopic.update(blog, "marker", 3, "<p>after</p>", TagSet.EMPTY));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/v1/liveblogs/" + blog + "/updates/marker").then().statusCode(200));
        given().get("/v1/liveblogs/" + blog + "/updates/later").then().statusCode(404);
        long version = pool.preparedQuery("SELECT version FROM live_update WHERE liveblog_id = $1 AND update_id = 'later' AND seq IS NULL")
                .execute(Tuple.of(blog)).await().atMost(Duration.ofSeconds(5)).iterator().next().getLong(0);
        assertThat(version).as("the edit is stored, still unnumbered").isEqualTo(2);
    }

    @Test
    void aRecordTheStoreRefusesGoesToTheDlqAtOnceAndTheRestOfItsBatchIsStored() {
        String blog = "writer-nul";
        EnrichedUpdate good = EnrichedTopic.update(blog, "before", 1, "<p>before</p>", TagSet.EMPTY);
        LiveUpdate template = EnrichedTopic.update(blog, "bad", 2, "<p>bad</p>", TagSet.EMPTY).update();
        // PostgreSQL's jsonb cannot hold U+0000: a store error that no retry can mend.
        LiveUpdate nul = new LiveUpdate(blog, "bad", 2, template.action(), template.kind(), null, template.body(), template.text(),
                false, List.of(new Author("Desk\u0000", null)), template.publishedAt(), template.receivedAt());
        EnrichedTopic.send(good, new EnrichedUpdate(nul, TagSet.EMPTY, template.receivedAt()),
                EnrichedTopic.update(blog, "after", 3, "<p>after</p>", TagSet.EMPTY));

        // Retrying the bad record first, as for an outage, would hold "after" back for many seconds.
        await().atMost(Duration.ofSeconds(8)).untilAsserted(() -> {
            given().get("/v1/liveblogs/" + blog + "/updates/before").then().statusCode(200);
            given().get("/v1/liveblogs/" + blog + "/updates/after").then().statusCode(200);
        });
        given().get("/v1/liveblogs/" + blog + "/updates/bad").then().statusCode(404);
        var dead = EnrichedTopic.deadLetters(blog, Duration.ofSeconds(10));
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).contains("\"id\":\"bad\"");
        assertThat(dead.get(0).headers().lastHeader("dead-letter-reason")).isNotNull();
    }

    @Test
    void theLiveTailGoesOnPastAChangeItCannotSend() {
        String blog = "writer-unsendable";
        try (SseClient live = SseClient.connect(base + "v1/liveblogs/" + blog + "/events", null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> live.status() == 200);
            // A committed change whose stored authors are not the list the mapping reads.
            pool.query("""
                    WITH next AS (UPDATE feed_cursor SET seq = seq + 1 RETURNING seq)
                    INSERT INTO live_update (liveblog_id, update_id, version, seq, kind, body_html, body_text, authors,
                        received_at, enriched_at)
                    SELECT '%s', 'unsendable', 1, next.seq, 'post', '<p>x</p>', 'x', '{"not":"a list"}', now(), now() FROM next"""
                    .formatted(blog)).execute().await().atMost(Duration.ofSeconds(10));
            EnrichedTopic.send(EnrichedTopic.update(blog, "sendable", 1, "<p>fine</p>", TagSet.EMPTY));
            await().atMost(Duration.ofSeconds(20)).until(() -> live.events().size() == 1);
            assertThat(live.events().get(0).data()).contains("\"id\":\"sendable\"");
        }
    }
}
