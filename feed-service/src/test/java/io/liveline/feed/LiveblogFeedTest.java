package io.liveline.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.devstack.PostgresTestResource;
import io.liveline.devstack.SseClient;
import io.liveline.events.TagSet;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** feed-service over the real devstack broker and database: what is on the enriched topic, apps can read and follow. */
@QuarkusTest
@TestProfile(FeedTestProfile.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class LiveblogFeedTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void restServesNewestFirstAndKeepsOnlyTheLatestVersion() {
        String blog = "feed-rest";
        EnrichedTopic.send(
                EnrichedTopic.update(blog, "a", 10, "<p>first</p>", TagSet.EMPTY),
                EnrichedTopic.update(blog, "b", 20, "<p>second</p>", EnrichedTopic.country("UA", "Ukraine")),
                EnrichedTopic.update(blog, "a", 30, "<p>first, corrected</p>", TagSet.EMPTY),
                // a redelivered old version must not overwrite the correction
                EnrichedTopic.update(blog, "a", 10, "<p>first</p>", TagSet.EMPTY));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/v1/liveblogs/" + blog + "/updates")
                .then().statusCode(200).body("updates.id", contains("a", "b")));
        given().get("/v1/liveblogs/" + blog + "/updates/a").then().statusCode(200)
                .body("body", equalTo("<p>first, corrected</p>")).body("version", equalTo(30));
        given().get("/v1/liveblogs/" + blog + "/updates?country=ua").then().statusCode(200)
                .body("updates.id", contains("b")).body("updates[0].tags.countries[0].code", equalTo("UA"));
        given().get("/v1/liveblogs?prefix=" + blog).then().statusCode(200).body("liveblogs.liveblogId", hasItem(blog));
    }

    @Test
    void consumerLagIsPublishedPerPartitionForTheWriterAndTheFanOut() {
        EnrichedTopic.send(EnrichedTopic.update("feed-lag", "l1", 1, "<p>lag</p>", TagSet.EMPTY));

        for (String group : new String[] {"liveline-feed", "liveline-feed-fanout"}) {
            Pattern lag = Pattern.compile("kafka_consumer_fetch_manager_records_lag\\{client_id=\"" + group + "\",.*"
                    + "partition=\"\\d+\",topic=\"liveline\\.updates\\.enriched\"} \\d+\\.\\d+");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(given().get("/q/metrics").asString().lines()).anyMatch(line -> lag.matcher(line).matches()));
        }
    }

    @Test
    void pagesAreLinkedByOpaqueCursors() {
        String blog = "feed-pages";
        EnrichedTopic.send(
                EnrichedTopic.update(blog, "p1", 1, "<p>1</p>", TagSet.EMPTY),
                EnrichedTopic.update(blog, "p2", 2, "<p>2</p>", TagSet.EMPTY),
                EnrichedTopic.update(blog, "p3", 3, "<p>3</p>", TagSet.EMPTY));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/v1/liveblogs/" + blog + "/updates")
                .then().body("updates", hasSize(3)));
        String next = given().get("/v1/liveblogs/" + blog + "/updates?limit=2").then().statusCode(200)
                .body("updates.id", contains("p3", "p2")).extract().path("next");
        given().queryParam("limit", 2).queryParam("before", next).get("/v1/liveblogs/" + blog + "/updates")
                .then().statusCode(200).body("updates.id", contains("p1")).body("next", nullValue());
    }

    @Test
    void retractionHidesTheUpdateEverywhere() {
        String blog = "feed-retract";
        EnrichedTopic.send(EnrichedTopic.update(blog, "gone", 5, "<p>mistake</p>", TagSet.EMPTY));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/v1/liveblogs/" + blog + "/updates/gone").then().statusCode(200));
        EnrichedTopic.send(EnrichedTopic.retraction(blog, "gone", 6));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/v1/liveblogs/" + blog + "/updates/gone").then().statusCode(410)
                        .contentType("application/problem+json"));
        given().get("/v1/liveblogs/" + blog + "/updates").then().body("updates", hasSize(0));
    }

    @Test
    void sseDeliversEachChangeOnceAndResumesWithoutGapOrDuplicate() {
        String blog = "feed-sse";
        String url = base + "v1/liveblogs/" + blog + "/events";
        String lastSeen;
        try (SseClient first = SseClient.connect(url, null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> first.status() == 200);
            EnrichedTopic.send(
                    EnrichedTopic.update(blog, "s1", 1, "<p>one</p>", TagSet.EMPTY),
                    EnrichedTopic.update(blog, "s2", 2, "<p>two</p>", TagSet.EMPTY));
            await().atMost(Duration.ofSeconds(20)).until(() -> first.events().size() == 2);
            assertThat(first.events()).extracting(SseClient.Event::name).containsExactly("update", "update");
            assertThat(first.events().get(0).data()).contains("\"id\":\"s1\"");
            lastSeen = first.lastEventId();
        }
        // While the client is away: an edit of s1, a new s3, a retraction of s2.
        EnrichedTopic.send(
                EnrichedTopic.update(blog, "s1", 3, "<p>one, edited</p>", TagSet.EMPTY),
                EnrichedTopic.update(blog, "s3", 4, "<p>three</p>", TagSet.EMPTY),
                EnrichedTopic.retraction(blog, "s2", 5));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/v1/liveblogs/" + blog + "/updates")
                .then().body("updates.id", contains("s3", "s1")));

        try (SseClient resumed = SseClient.connect(url, lastSeen)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> resumed.events().size() >= 3);
            EnrichedTopic.send(EnrichedTopic.update(blog, "s4", 6, "<p>four</p>", TagSet.EMPTY));
            await().atMost(Duration.ofSeconds(20)).until(() -> resumed.events().size() >= 4);
            assertThat(resumed.events()).extracting(e -> e.name() + ":" + e.data().replaceAll(".*\"id\":\"(s\\d)\".*", "$1"))
                    .containsExactly("update:s1", "update:s3", "delete:s2", "update:s4");
            assertThat(resumed.events()).extracting(e -> Long.parseLong(e.id())).isSorted().doesNotHaveDuplicates()
                    .allMatch(id -> id > Long.parseLong(lastSeen));
        }
    }

    @Test
    void sseSendsHeartbeatsAndFiltersByTag() throws Exception {
        String blog = "feed-filter";
        try (SseClient onlyUkraine = SseClient.connect(base + "v1/liveblogs/" + blog + "/events?country=UA", null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> onlyUkraine.status() == 200);
            EnrichedTopic.send(
                    EnrichedTopic.update(blog, "f1", 1, "<p>Paris</p>", EnrichedTopic.country("FR", "France")),
                    EnrichedTopic.update(blog, "f2", 2, "<p>Kyiv</p>", EnrichedTopic.country("UA", "Ukraine")));
            await().atMost(Duration.ofSeconds(20)).until(() -> onlyUkraine.events().size() == 1);
            assertThat(onlyUkraine.events().get(0).data()).contains("\"id\":\"f2\"");
        }
        var raw = new java.net.URL(base + "v1/liveblogs/" + blog + "/events").openConnection();
        raw.setReadTimeout(5000);
        try (var in = raw.getInputStream()) {
            byte[] start = in.readNBytes(12);
            assertThat(new String(start, StandardCharsets.UTF_8)).startsWith(":heartbeat");
        }
    }

    @Test
    void peopleAndOrganisationsAreFoundByQidAsByNameOnRestAndSse() throws Exception {
        String blog = "feed-by-qid";
        try (SseClient byQid = SseClient.connect(base + "v1/liveblogs/" + blog + "/events?person=Q3881&organisation=Q7184", null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> byQid.status() == 200);
            EnrichedTopic.send(
                    EnrichedTopic.update(blog, "q1", 1, "<p>untagged</p>", TagSet.EMPTY),
                    EnrichedTopic.tagged(blog, "q2", 2, Instant.parse("2026-11-25T07:00:00Z")));
            await().atMost(Duration.ofSeconds(20)).until(() -> byQid.events().size() == 1);
            assertThat(byQid.events().get(0).data()).contains("\"id\":\"q2\"");
        }
        for (String query : new String[] {"person=Q3881", "person=Volodymyr Zelenskyy", "organisation=Q7184",
                "organisation=NATO"}) {
            given().get("/v1/liveblogs/" + blog + "/updates?" + query).then().statusCode(200)
                    .body("updates.id", contains("q2"));
        }
        given().get("/v1/liveblogs/" + blog + "/updates?person=Q7184").then().statusCode(200)
                .body("updates", hasSize(0));
    }

    @Test
    void badParametersAreProblems() {
        given().get("/v1/liveblogs/feed-rest/updates?limit=-1").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        given().get("/v1/liveblogs/feed-rest/updates?limit=100000").then().statusCode(400);
        given().get("/v1/liveblogs/feed-rest/updates?before=forged").then().statusCode(400)
                .body("errors[0].field", equalTo("before"));
        given().get("/v1/liveblogs/feed-rest/updates?country=Ukraine").then().statusCode(400);
        given().get("/v1/liveblogs/feed-rest/updates?topic=war").then().statusCode(400);
        given().get("/v1/liveblogs/Bad_Blog/updates").then().statusCode(400);
        given().header("Last-Event-ID", "yesterday").get("/v1/events").then().statusCode(400);
        given().get("/v1/liveblogs/feed-rest/updates/nope").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aPoisonRecordGoesToTheDlqAndTheFeedGoesOn() {
        String blog = "feed-poison";
        EnrichedTopic.sendRaw(blog, "{not json".getBytes(StandardCharsets.UTF_8));
        EnrichedTopic.send(EnrichedTopic.update(blog, "after", 1, "<p>still here</p>", TagSet.EMPTY));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/v1/liveblogs/" + blog + "/updates/after").then().statusCode(200));
        var dead = EnrichedTopic.deadLetters(blog, Duration.ofSeconds(20));
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("not a valid EnrichedUpdate");
    }
}
