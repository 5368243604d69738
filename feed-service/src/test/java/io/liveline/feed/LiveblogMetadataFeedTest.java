package io.liveline.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.liveline.devstack.KafkaTestResource;
import io.liveline.devstack.PostgresTestResource;
import io.liveline.devstack.SseClient;
import io.liveline.events.EventJson;
import io.liveline.events.LiveblogMetadata;
import io.liveline.events.TagSet;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Live blogs' own metadata in feed-service, over the real broker and PostgreSQL: stored from
 * {@code liveline.liveblogs}, shown by the live blog and the list, streamed as an SSE
 * {@code liveblog} event with an id, and replayed in its place on resume.
 */
@QuarkusTest
@TestProfile(FeedTestProfile.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class LiveblogMetadataFeedTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theLiveblogShowsItsMetadataAndCountsAndFollowsItsChanges() {
        String blog = "meta-harbour-strike";
        LiveblogMetadata live = LiveblogTopic.metadata(blog, "Harbour strike", "Dockers walk out over pay.", "live");
        LiveblogTopic.send(live);
        EnrichedTopic.send(EnrichedTopic.update(blog, "a", 1, "<p>a</p>", TagSet.EMPTY),
                EnrichedTopic.update(blog, "b", 1, "<p>b</p>", TagSet.EMPTY), EnrichedTopic.retraction(blog, "b", 2));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/v1/liveblogs/" + blog).then().statusCode(200)
                .body("liveblogId", equalTo(blog))
                .body("title", equalTo("Harbour strike"))
                .body("description", equalTo("Dockers walk out over pay."))
                .body("state", equalTo("live"))
                .body("openedAt", equalTo(live.openedAt().toString()))
                .body("closedAt", nullValue())
                .body("updates", equalTo(1)));

        LiveblogMetadata ended = LiveblogTopic.metadata(blog, "Harbour strike: over", null, "ended");
        LiveblogTopic.send(ended);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/v1/liveblogs/" + blog).then().statusCode(200)
                .body("title", equalTo("Harbour strike: over"))
                .body("description", nullValue())
                .body("state", equalTo("ended"))
                .body("openedAt", equalTo(live.openedAt().toString()))
                .body("closedAt", equalTo(ended.closedAt().toString())));
    }

    @Test
    void theListCarriesTheMetadataAndABlogWithoutItIsTitledByItsId() {
        String withMetadata = "meta-list-titled";
        String without = "meta-list-untitled";
        String metadataOnly = "meta-list-announced";
        LiveblogTopic.send(LiveblogTopic.metadata(withMetadata, "Budget day", "paused"),
                LiveblogTopic.metadata(metadataOnly, "Count night", "paused"));
        EnrichedTopic.send(EnrichedTopic.update(withMetadata, "a", 1, "<p>a</p>", TagSet.EMPTY),
                EnrichedTopic.update(without, "a", 1, "<p>a</p>", TagSet.EMPTY));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath list = given().get("/v1/liveblogs?prefix=meta-list-").then().statusCode(200).extract().jsonPath();
            assertThat(list.<String>getList("liveblogs.liveblogId")).containsExactlyInAnyOrder(withMetadata, without, metadataOnly);
            assertThat(list.getMap("liveblogs.find { it.liveblogId == '" + withMetadata + "' }"))
                    .containsEntry("title", "Budget day").containsEntry("state", "paused").containsEntry("updates", 1);
            assertThat(list.getMap("liveblogs.find { it.liveblogId == '" + without + "' }"))
                    .containsEntry("title", without).doesNotContainKey("state").containsEntry("updates", 1);
            assertThat(list.getMap("liveblogs.find { it.liveblogId == '" + metadataOnly + "' }"))
                    .containsEntry("title", "Count night").containsEntry("updates", 0);
        });
        given().get("/v1/liveblogs/" + without).then().statusCode(200).body("title", equalTo(without)).body("state", nullValue());
        given().get("/v1/liveblogs/" + metadataOnly).then().statusCode(200).body("updates", equalTo(0));
    }

    @Test
    void anUnknownBlogIs404AndABadIdIs400() {
        given().get("/v1/liveblogs/meta-never-heard-of").then().statusCode(404).contentType("application/problem+json");
        given().get("/v1/liveblogs/Not_A_Slug").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aChangeIsAnSseEventWithAnIdAndResumeReplaysItInItsPlace() throws Exception {
        String blog = "meta-sse";
        try (SseClient stream = SseClient.connect(base + "v1/liveblogs/" + blog + "/events?country=UA", null);
             SseClient all = SseClient.connect(base + "v1/events", null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.status() == 200 && all.status() == 200);
            EnrichedTopic.send(EnrichedTopic.update(blog, "first", 1, "<p>Kyiv</p>", EnrichedTopic.country("UA", "Ukraine")));
            await().atMost(Duration.ofSeconds(20)).until(() -> stream.events().size() == 1);
            LiveblogTopic.send(LiveblogTopic.metadata(blog, "Night of talks", "Delegations meet.", "live"));
            await().atMost(Duration.ofSeconds(20)).until(() -> stream.events().size() == 2);
            EnrichedTopic.send(EnrichedTopic.update(blog, "second", 1, "<p>Kyiv again</p>", EnrichedTopic.country("UA", "Ukraine")));
            await().atMost(Duration.ofSeconds(20)).until(() -> stream.events().size() == 3);
            LiveblogTopic.send(LiveblogTopic.metadata(blog, "Night of talks", "Delegations meet.", "ended"));
            await().atMost(Duration.ofSeconds(20)).until(() -> stream.events().size() == 4);

            List<SseClient.Event> events = stream.events();
            // The filter narrows updates, never the blog's own metadata.
            assertThat(events).extracting(SseClient.Event::name).containsExactly("update", "liveblog", "update", "liveblog");
            assertThat(events).extracting(event -> Long.parseLong(event.id())).isSorted().doesNotHaveDuplicates();
            JsonNode ended = EventJson.mapper().readTree(events.get(3).data());
            assertThat(ended.get("liveblogId").asText()).isEqualTo(blog);
            assertThat(ended.get("title").asText()).isEqualTo("Night of talks");
            assertThat(ended.get("state").asText()).isEqualTo("ended");
            assertThat(ended.get("closedAt").asText()).isNotEmpty();
            await().atMost(Duration.ofSeconds(20)).until(() -> all.events().stream()
                    .filter(event -> event.name().equals("liveblog") && event.data().contains(blog)).count() == 2);

            // Resuming after the first update replays the rest in the same order with the same ids;
            // the first change of the metadata was overwritten, so only its latest state comes back.
            try (SseClient resumed = SseClient.connect(base + "v1/liveblogs/" + blog + "/events", events.get(0).id())) {
                await().atMost(Duration.ofSeconds(20)).until(() -> resumed.events().size() == 2);
                assertThat(resumed.events()).extracting(SseClient.Event::id).containsExactly(events.get(2).id(), events.get(3).id());
                assertThat(resumed.events().get(1).data()).isEqualTo(events.get(3).data());
            }
            // After the last one: nothing to replay.
            try (SseClient resumed = SseClient.connect(base + "v1/liveblogs/" + blog + "/events", events.get(3).id())) {
                await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> resumed.events().isEmpty());
            }
        }
    }

    @Test
    void aRedeliveredOrOlderChangeIsNoChange() {
        String blog = "meta-redelivered";
        LiveblogMetadata first = LiveblogTopic.metadata(blog, "First title", "live");
        LiveblogMetadata second = LiveblogTopic.metadata(blog, "Second title", "paused");
        LiveblogTopic.send(first, second);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/v1/liveblogs/" + blog).then().statusCode(200)
                .body("title", equalTo("Second title")).body("state", equalTo("paused")));
        String id = onlyEventId(blog);

        // Both again, then another blog's change: on the topic's one partition it is stored after them.
        LiveblogTopic.send(first, second);
        String marker = "meta-redelivered-marker";
        LiveblogTopic.send(LiveblogTopic.metadata(marker, "Marker", "live"));
        await().atMost(Duration.ofSeconds(20)).until(() -> given().get("/v1/liveblogs/" + marker).statusCode() == 200);
        given().get("/v1/liveblogs/" + blog).then().body("title", equalTo("Second title"));
        assertThat(onlyEventId(blog)).as("a redelivery takes no new event id").isEqualTo(id);
    }

    /** The id of the one event a full replay of the blog gives: its metadata's last change. */
    private String onlyEventId(String blog) {
        try (SseClient replay = SseClient.connect(base + "v1/liveblogs/" + blog + "/events", "0")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> replay.events().size() == 1);
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> replay.events().size() == 1);
            return replay.events().get(0).id();
        }
    }

    @Test
    void aRecordThatIsNoLiveblogGoesToTheDeadLetterTopicAndTheNextIsStored() {
        String blog = "meta-poison";
        LiveblogTopic.sendRaw(blog, "{\"liveblogId\": \"meta-poison\", \"title\": \"\"}".getBytes(StandardCharsets.UTF_8));
        LiveblogTopic.send(LiveblogTopic.metadata(blog, "Still here", "live"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/v1/liveblogs/" + blog).then().statusCode(200)
                .body("title", equalTo("Still here")));
        assertThat(EnrichedTopic.deadLetters(blog, Duration.ofSeconds(20))).singleElement()
                .satisfies(record -> assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"title\": \"\""));
    }
}
