package io.liveline.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.events.LiveblogMetadata;
import io.liveline.events.LiveblogState;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code PUT /v1/liveblogs/{liveblogId}} over the real devstack broker: the metadata is on
 * {@code liveline.liveblogs} before the 202, every bad field is named, and an ended live blog
 * refuses updates and edits until it is reopened.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class LiveblogIngestTest {

    private static ValidatableResponse put(String blog, String json) {
        return Requests.newsroom().contentType(ContentType.JSON).body(json).put("/v1/liveblogs/" + blog).then();
    }

    private static ValidatableResponse post(String blog, String json) {
        return Requests.newsroom().contentType(ContentType.JSON).body(json).post("/v1/liveblogs/" + blog + "/updates").then();
    }

    @Test
    void metadataIsOnTheCompactedTopicKeyedByTheBlogBeforeThe202() {
        String blog = "test-harbour-strike";
        String openedAt = put(blog, """
                {"title": "  Harbour strike: live ", "description": "Dockers walk out over pay.", "state": "live"}""")
                .statusCode(202)
                .header("Location", "http://127.0.0.1:8083/v1/liveblogs/" + blog)
                .body("title", equalTo("Harbour strike: live"))
                .body("state", equalTo("live"))
                .body("openedAt", notNullValue())
                .body("closedAt", nullValue())
                .extract().path("openedAt");

        List<ConsumerRecord<String, LiveblogMetadata>> records = LiveblogTopic.records(blog);
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.value().title()).isEqualTo("Harbour strike: live");
            assertThat(record.value().description()).isEqualTo("Dockers walk out over pay.");
            assertThat(record.value().state()).isEqualTo(LiveblogState.LIVE);
            assertThat(record.value().openedAt()).isEqualTo(Instant.parse(openedAt));
            assertThat(header(record, "ce_type")).isEqualTo("io.liveline.liveblog.changed");
            assertThat(header(record, "ce_source")).isEqualTo("/liveline/ingest-service");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "title       | {\"state\": \"live\"}",
            "title       | {\"title\": \"\", \"state\": \"live\"}",
            "title       | {\"title\": \"   \", \"state\": \"live\"}",
            "title       | {\"title\": 42, \"state\": \"live\"}",
            "title       | {\"title\": \"Polls\\u0000close\", \"state\": \"live\"}",
            "title       | {\"title\": \"half \\ud800 a pair\", \"state\": \"live\"}",
            "description | {\"title\": \"Polls\", \"description\": \"tab\\u0007bell\", \"state\": \"live\"}",
            "description | {\"title\": \"Polls\", \"description\": \"half \\udc00\", \"state\": \"live\"}",
            "description | {\"title\": \"Polls\", \"description\": [\"a\"], \"state\": \"live\"}",
            "state       | {\"title\": \"Polls\"}",
            "state       | {\"title\": \"Polls\", \"state\": \"closed\"}",
            "state       | {\"title\": \"Polls\", \"state\": \"LIVE\"}",
            "state       | {\"title\": \"Polls\", \"state\": true}",
            "''          | [\"title\", \"state\"]",
            "''          | {\"title\": "})
    void aBadFieldIs400NamingIt(String field, String json) {
        String blog = "test-bad-liveblog-" + Math.abs(json.hashCode());
        put(blog, json).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://liveline.io/problems/invalid-liveblog"))
                .body("errors.field", hasItem(field.strip()));
        assertThat(LiveblogTopic.records(blog)).isEmpty();
    }

    @Test
    void overLongFieldsAreNamedAndTheLimitsThemselvesAccepted() {
        String blog = "test-long-liveblog";
        put(blog, "{\"title\": \"" + "t".repeat(LiveblogMetadata.MAX_TITLE + 1) + "\", \"description\": \""
                + "d".repeat(LiveblogMetadata.MAX_DESCRIPTION + 1) + "\", \"state\": \"paused\"}")
                .statusCode(400).body("errors.field", hasItem("title")).body("errors.field", hasItem("description"));
        assertThat(LiveblogTopic.records(blog)).isEmpty();
        put(blog, "{\"title\": \"" + "t".repeat(LiveblogMetadata.MAX_TITLE) + "\", \"description\": \"Line one\\nline two "
                + "d".repeat(LiveblogMetadata.MAX_DESCRIPTION - 19) + "\", \"state\": \"paused\", \"theme\": \"dark\"}")
                .statusCode(202).body("state", equalTo("paused")).body("openedAt", nullValue());
    }

    @Test
    void writesNeedAKeyWithRightsOnTheBlog() {
        given().header("Authorization", "Bearer nobody").contentType(ContentType.JSON)
                .body("{\"title\": \"Polls\", \"state\": \"live\"}").put("/v1/liveblogs/test-keys")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer test-other-key").contentType(ContentType.JSON)
                .body("{\"title\": \"Polls\", \"state\": \"live\"}").put("/v1/liveblogs/test-keys")
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(LiveblogTopic.records("test-keys")).isEmpty();
    }

    @Test
    void anEndedBlogRefusesUpdatesAndEditsUntilReopenedButTakesRetractionsAndTagCorrections() {
        String blog = "test-count-night";
        String openedAt = put(blog, "{\"title\": \"Count night\", \"state\": \"live\"}").statusCode(202).extract().path("openedAt");
        post(blog, "{\"id\": \"first\", \"body\": \"<p>Boxes arrive.</p>\"}").statusCode(202);
        post(blog, "{\"id\": \"second\", \"body\": \"<p>Turnout is up.</p>\"}").statusCode(202);

        put(blog, "{\"title\": \"Count night\", \"state\": \"ended\"}").statusCode(202)
                .body("closedAt", notNullValue()).body("openedAt", equalTo(openedAt));
        // Answered once this replica has read the change back: the very next request is refused.
        post(blog, "{\"body\": \"<p>One more thing.</p>\"}").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://liveline.io/problems/liveblog-ended"));
        Requests.newsroom().contentType(ContentType.JSON).body("{\"body\": \"<p>Corrected.</p>\"}")
                .put("/v1/liveblogs/" + blog + "/updates/first").then().statusCode(409);
        Requests.newsroom().urlEncodingEnabled(false).contentType("application/x-ndjson")
                .body("{\"body\": \"<p>a</p>\"}\n{\"body\": \"<p>b</p>\"}\n".getBytes(StandardCharsets.UTF_8))
                .post("/v1/liveblogs/" + blog + "/updates:batch").then().statusCode(409);
        Requests.newsroom().contentType("application/vnd.iptc.ninjs+json")
                .body("""
                        {"standard": {"name": "ninjs", "version": "3.0"}, "uri": "urn:x:late", "type": "text",
                         "bodies": [{"role": "main", "contentType": "text/html", "value": "<p>Late.</p>"}]}""")
                .post("/v1/liveblogs/" + blog + "/updates").then().statusCode(409);
        // A bad request stays a 400, whatever the blog's state.
        post(blog, "{\"headline\": \"no body\"}").statusCode(400);
        // Legal takedowns and editors' tag corrections pass.
        Requests.newsroom().delete("/v1/liveblogs/" + blog + "/updates/second").then().statusCode(202);
        Requests.newsroom().contentType(ContentType.JSON).body("{\"remove\": {\"countries\": [{\"code\": \"UA\"}]}}")
                .patch("/v1/liveblogs/" + blog + "/updates/first/tags").then().statusCode(202);

        put(blog, "{\"title\": \"Count night\", \"state\": \"live\"}").statusCode(202)
                .body("openedAt", equalTo(openedAt)).body("closedAt", nullValue());
        post(blog, "{\"body\": \"<p>Recount ordered.</p>\"}").statusCode(202);
        assertThat(RawTopic.records(blog, 4, java.time.Duration.ofSeconds(20))).hasSize(4);
        assertThat(RawTopic.corrections(blog, 1, java.time.Duration.ofSeconds(20))).hasSize(1);
    }

    @Test
    void pausedBlogStillTakesUpdates() {
        String blog = "test-paused-blog";
        put(blog, "{\"title\": \"Overnight\", \"state\": \"paused\"}").statusCode(202);
        post(blog, "{\"body\": \"<p>Quiet night.</p>\"}").statusCode(202);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
