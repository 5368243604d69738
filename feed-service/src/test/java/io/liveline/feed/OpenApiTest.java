package io.liveline.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.liveline.devstack.KafkaTestResource;
import io.liveline.devstack.PostgresTestResource;
import io.liveline.devstack.SseClient;
import io.liveline.events.EventJson;
import io.liveline.events.TagSet;
import io.liveline.feed.mapping.FeedLiveblog;
import io.liveline.feed.mapping.FeedRetraction;
import io.liveline.feed.mapping.FeedUpdate;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** /q/openapi describes both SSE endpoints, their event types and data schemas, as the stream really writes them. */
@QuarkusTest
@TestProfile(FeedTestProfile.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class OpenApiTest {

    @TestHTTPResource("/")
    URL base;

    private static JsonNode openApi() throws Exception {
        return EventJson.mapper().readTree(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
    }

    /** Event name to the properties of its data schema, as the document gives them for {@code path}. */
    private static Map<String, Set<String>> events(JsonNode doc, String path) {
        JsonNode oneOf = doc.at("/paths/" + path.replace("/", "~1") + "/get/responses/200/content/text~1event-stream/schema/oneOf");
        assertThat(oneOf.isArray()).as("event schemas of %s", path).isTrue();
        Map<String, Set<String>> events = new HashMap<>();
        for (JsonNode event : oneOf) {
            String ref = event.at("/properties/data/$ref").asText();
            JsonNode data = doc.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1) + "/properties");
            events.put(event.at("/properties/event/enum/0").asText(), fieldNames(data));
        }
        return events;
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> components(Class<? extends Record> type) {
        return new TreeSet<>(Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList());
    }

    @Test
    void bothStreamsDocumentTheirEventsWithTheRecordsTheyWrite() throws Exception {
        JsonNode doc = openApi();
        for (String path : List.of("/v1/liveblogs/{liveblogId}/events", "/v1/events")) {
            Map<String, Set<String>> events = events(doc, path);
            assertThat(events).as(path).containsOnlyKeys("update", "delete", "liveblog");
            assertThat(events.get("update")).as(path).isEqualTo(components(FeedUpdate.class));
            assertThat(events.get("delete")).as(path).isEqualTo(components(FeedRetraction.class));
            assertThat(events.get("liveblog")).as(path).isEqualTo(components(FeedLiveblog.class));
        }
    }

    @Test
    void theReadEndpointsDocumentEveryParameterTheyTake() throws Exception {
        JsonNode doc = openApi();
        Map<String, Set<String>> expected = Map.of(
                "/v1/liveblogs", Set.of("limit", "before", "prefix"),
                "/v1/updates", Set.of("limit", "before", "q", "sort", "person", "country", "organisation", "topic", "minScore", "kind",
                        "pinned"),
                "/v1/liveblogs/{liveblogId}/updates", Set.of("liveblogId", "limit", "before", "q", "sort", "person", "country",
                        "organisation", "topic", "minScore", "kind", "pinned"));
        expected.forEach((path, parameters) -> {
            Set<String> documented = new TreeSet<>();
            doc.at("/paths/" + path.replace("/", "~1") + "/get/parameters").forEach(p -> documented.add(p.get("name").asText()));
            assertThat(documented).as(path).isEqualTo(new TreeSet<>(parameters));
        });
        assertThat(doc.at("/paths/~1v1~1updates/get/responses/400").isMissingNode()).isFalse();
    }

    @Test
    void whatTheStreamWritesIsWhatTheDocumentSays() throws Exception {
        Map<String, Set<String>> documented = events(openApi(), "/v1/liveblogs/{liveblogId}/events");
        String blog = "openapi-wire";
        try (SseClient stream = SseClient.connect(base + "v1/liveblogs/" + blog + "/events", null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.status() == 200);
            // One after the other: a publish and its retraction in one batch leave only the retraction.
            EnrichedTopic.send(EnrichedTopic.tagged(blog, "w1", 1, java.time.Instant.parse("2026-11-25T07:00:00Z")));
            await().atMost(Duration.ofSeconds(20)).until(() -> stream.events().size() == 1);
            EnrichedTopic.send(EnrichedTopic.retraction(blog, "w1", 2));
            await().atMost(Duration.ofSeconds(20)).until(() -> stream.events().size() == 2);
            LiveblogTopic.send(LiveblogTopic.metadata(blog, "Wire check", "ended"));
            await().atMost(Duration.ofSeconds(20)).until(() -> stream.events().size() == 3);
            for (SseClient.Event event : stream.events()) {
                assertThat(documented).as("event %s", event.name()).containsKey(event.name());
                JsonNode data = EventJson.mapper().readTree(event.data());
                assertThat(documented.get(event.name())).as("data of %s", event.name()).containsAll(fieldNames(data));
            }
            assertThat(stream.events()).extracting(SseClient.Event::name).containsExactly("update", "delete", "liveblog");
        }
    }
}
