package io.liveline.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.events.LiveUpdate;
import io.liveline.events.TraceParent;
import io.liveline.events.UpdateKind;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** ingest-service over the real devstack broker: what is accepted is on Kafka, what is refused is not. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class UpdateIngestResourceTest {

    private static final String KEY = "Bearer test-newsroom-key";

    @Test
    void acceptedUpdateIsOnKafkaKeyedByLiveblogWithCloudEventHeaders() {
        String id = given().header("Authorization", KEY).contentType(ContentType.JSON)
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .body("""
                        {"id": "u-1", "headline": "Polls close", "body": "<p>Voting has ended in <b>Wales</b>.</p>",
                         "kind": "key-event", "pinned": true, "author": {"name": "Rhian Pugh", "role": "reporter"}}""")
                .post("/v1/liveblogs/test-election-night/updates")
                .then().statusCode(202)
                .header("Location", "http://127.0.0.1:8083/v1/liveblogs/test-election-night/updates/u-1")
                .body("id", equalTo("u-1"))
                .body("action", equalTo("publish"))
                .extract().path("id");

        List<ConsumerRecord<String, LiveUpdate>> records = RawTopic.records("test-election-night", 1, Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        ConsumerRecord<String, LiveUpdate> record = records.get(0);
        LiveUpdate update = record.value();
        assertThat(update.id()).isEqualTo(id);
        assertThat(update.kind()).isEqualTo(UpdateKind.KEY_EVENT);
        assertThat(update.pinned()).isTrue();
        assertThat(update.text()).isEqualTo("Polls close\nVoting has ended in Wales.");
        assertThat(update.authors()).singleElement().satisfies(a -> assertThat(a.role()).isEqualTo("reporter"));
        assertThat(record.headers().toArray()).extracting(org.apache.kafka.common.header.Header::key)
                .containsExactlyInAnyOrder("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_time", "content-type", "traceparent");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_type")).isEqualTo("io.liveline.update.published");
        assertThat(header(record, "ce_source")).isEqualTo("/liveline/ingest-service");
        assertThat(java.time.Instant.parse(header(record, "ce_time"))).isEqualTo(update.receivedAt());
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(header(record, "ce_id")).isEqualTo("test-election-night/u-1/" + update.version());
        // Tracing is off here, as locally: the record still names a span of its own in the caller's trace.
        assertThat(header(record, "traceparent")).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-")
                .isNotEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").matches(TraceParent::isValid);
    }

    @Test
    void editsGetHigherVersionsAndRetractionIsATombstoneEvent() {
        String blog = "test-versions";
        long first = given().header("Authorization", KEY).contentType(ContentType.JSON)
                .body("{\"id\": \"story\", \"body\": \"<p>First draft</p>\"}")
                .post("/v1/liveblogs/" + blog + "/updates").then().statusCode(202).extract().jsonPath().getLong("version");
        long second = given().header("Authorization", KEY).contentType(ContentType.JSON)
                .body("{\"body\": \"<p>Corrected</p>\"}")
                .put("/v1/liveblogs/" + blog + "/updates/story").then().statusCode(202).extract().jsonPath().getLong("version");
        long third = given().header("Authorization", KEY)
                .delete("/v1/liveblogs/" + blog + "/updates/story").then().statusCode(202)
                .body("action", equalTo("retract")).extract().jsonPath().getLong("version");
        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);

        List<ConsumerRecord<String, LiveUpdate>> records = RawTopic.records(blog, 3, Duration.ofSeconds(20));
        assertThat(records).extracting(r -> r.value().version()).containsExactly(first, second, third);
        assertThat(records.get(2).value().isRetraction()).isTrue();
        assertThat(header(records.get(2), "ce_type")).isEqualTo("io.liveline.update.retracted");
    }

    @Test
    void embedsOfKnownProvidersPassAndOthersAreDropped() {
        given().header("Authorization", KEY).contentType(ContentType.JSON)
                .body("{\"body\": \"<p>Watch:</p><iframe src=\\\"https://www.youtube.com/embed/abc\\\"></iframe>"
                        + "<iframe src=\\\"https://evil.example/x\\\"></iframe><img src=\\\"data:image/svg+xml;base64,PHN2Zz4=\\\">\"}")
                .post("/v1/liveblogs/test-embeds/updates").then().statusCode(202);
        LiveUpdate update = RawTopic.records("test-embeds", 1, Duration.ofSeconds(20)).get(0).value();
        assertThat(update.body()).contains("https://www.youtube.com/embed/abc").doesNotContain("evil.example")
                .doesNotContain("data:image");
    }

    @Test
    void unsafeMarkupNeverReachesKafka() {
        given().header("Authorization", KEY).contentType(ContentType.JSON)
                .body("{\"body\": \"<p onclick=\\\"steal()\\\">Hi<script>alert(1)</script> <a href=\\\"javascript:alert(1)\\\">x</a>"
                        + "<img src=x onerror=alert(1)><svg onload=alert(1)></svg></p>\"}")
                .post("/v1/liveblogs/test-hygiene/updates").then().statusCode(202);
        LiveUpdate update = RawTopic.records("test-hygiene", 1, Duration.ofSeconds(20)).get(0).value();
        assertThat(update.body()).doesNotContainIgnoringCase("script").doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("javascript:").doesNotContainIgnoringCase("onerror").doesNotContainIgnoringCase("svg");
        assertThat(update.text()).isEqualTo("Hi x");
    }

    @Test
    void badRequestsAreProblemsAndPublishNothing() {
        String blog = "test-bad-input";
        String url = "/v1/liveblogs/" + blog + "/updates";
        given().header("Authorization", KEY).contentType(ContentType.JSON).body("{\"headline\": \"no body\"}")
                .post(url).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://liveline.io/problems/invalid-update"))
                .body("errors.field", hasItem("body"));
        given().header("Authorization", KEY).contentType(ContentType.JSON).body("{\"body\": \"<p>x</p>\"")
                .post(url).then().statusCode(400).contentType("application/problem+json")
                .body("detail", startsWith("Fix the fields"));
        given().header("Authorization", KEY).contentType(ContentType.JSON).body("")
                .post(url).then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", KEY).contentType(ContentType.JSON)
                .body("{\"body\": 42, \"pinned\": \"yes\", \"publishedAt\": \"yesterday\", \"id\": \"a/b\"}")
                .post(url).then().statusCode(400)
                .body("errors.field", hasItem("body")).body("errors.field", hasItem("pinned"))
                .body("errors.field", hasItem("publishedAt")).body("errors.field", hasItem("id"));
        given().header("Authorization", KEY).contentType(ContentType.JSON)
                .body(new byte[] {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})
                .post(url).then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", KEY).contentType(ContentType.JSON)
                .body("[".repeat(500) + "]".repeat(500)).post(url).then().statusCode(400);
        given().header("Authorization", KEY).contentType(ContentType.JSON).body("{\"body\": \"<p>ok</p>\"}")
                .post("/v1/liveblogs/Test_Bad!/updates").then().statusCode(400).body("errors.field", hasItem("liveblogId"));
        given().header("Authorization", KEY).contentType(ContentType.TEXT).body("just text")
                .post(url).then().statusCode(415).contentType("application/problem+json");
        given().header("Authorization", KEY).contentType(ContentType.JSON)
                .body("{\"headline\": \"bell\\u0007\", \"body\": \"<p>ok</p>\"}")
                .post(url).then().statusCode(400).body("errors.field", hasItem("headline"));
        given().header("Authorization", KEY).contentType(ContentType.JSON)
                .body("{\"body\": \"<script>alert(1)</script><svg onload=alert(1)></svg>\"}")
                .post(url).then().statusCode(400).body("errors[0].message", startsWith("has no content"));

        // A valid post afterwards, with a field we do not know (ignored), is the only record on the topic.
        given().header("Authorization", KEY).contentType(ContentType.JSON)
                .body("{\"id\": \"good\", \"body\": \"<p>ok</p>\", \"cmsRevision\": {\"n\": 3}}")
                .post(url).then().statusCode(202);
        assertThat(RawTopic.records(blog, 1, Duration.ofSeconds(20))).extracting(r -> r.value().id()).containsExactly("good");
    }

    @Test
    void writesNeedAValidKeyForTheLiveblog() {
        String blog = "test-auth";
        String url = "/v1/liveblogs/" + blog + "/updates";
        String post = "{\"body\": \"<p>hello</p>\"}";
        given().contentType(ContentType.JSON).body(post).post(url).then().statusCode(401)
                .header("WWW-Authenticate", "Bearer").contentType("application/problem+json");
        given().header("Authorization", "Bearer wrong").contentType(ContentType.JSON).body(post).post(url)
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer local-dev-key").contentType(ContentType.JSON).body(post).post(url)
                .then().statusCode(401);
        given().header("Authorization", "Bearer test-other-key").contentType(ContentType.JSON).body(post).post(url)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://liveline.io/problems/forbidden-liveblog"));
        given().header("Authorization", "Bearer test-other-key").delete(url + "/x").then().statusCode(403);
        assertThat(RawTopic.records(blog, 0, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void metricsCountAcceptedAndRejectedUpdatesAndPublishTime() {
        given().header("Authorization", KEY).contentType(ContentType.JSON).body("{\"body\": \"<p>counted</p>\"}")
                .post("/v1/liveblogs/test-metrics/updates").then().statusCode(202);
        given().header("Authorization", KEY).contentType(ContentType.JSON).body("{}")
                .post("/v1/liveblogs/test-metrics/updates").then().statusCode(400);
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("liveline_ingest_updates_accepted_total{action=\"publish\"}"))
                .body(org.hamcrest.Matchers.containsString("liveline_ingest_updates_rejected_total{reason=\"invalid-update\"}"))
                .body(org.hamcrest.Matchers.containsString("liveline_ingest_publish_duration_seconds_count"));
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
