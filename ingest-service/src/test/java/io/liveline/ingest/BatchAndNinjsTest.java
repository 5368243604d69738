package io.liveline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.events.LiveUpdate;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** NDJSON batches and IPTC ninjs items over the real broker: each line or item judged on its own. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class BatchAndNinjsTest {

    @Test
    void batchPublishesTheGoodLinesInOrderAndReportsTheBadOne() {
        String blog = "test-batch";
        String ndjson = """
                {"id": "b1", "body": "<p>first</p>"}
                {"id": "b2", "body": 7}

                {"id": "b3", "body": "<p>third</p>", "kind": "breaking"}
                not json at all
                {"id": "b4", "body": "<p>fourth</p>"}
                """;
        Requests.newsroom().urlEncodingEnabled(false).contentType("application/x-ndjson").body(ndjson)
                .post("/v1/liveblogs/" + blog + "/updates:batch")
                .then().statusCode(200)
                .body("accepted", equalTo(3)).body("rejected", equalTo(2))
                .body("lines.line", contains(1, 2, 4, 5, 6))
                .body("lines.status", contains(202, 400, 202, 400, 202))
                .body("lines[1].errors.field", hasItem("body"))
                .body("lines[2].update.id", equalTo("b3"));
        List<ConsumerRecord<String, LiveUpdate>> records = RawTopic.records(blog, 3, Duration.ofSeconds(20));
        assertThat(records).extracting(r -> r.value().id()).containsExactly("b1", "b3", "b4");
        assertThat(records).extracting(r -> r.value().version()).isSorted();
    }

    @Test
    void batchOverTheLimitIsRefusedWhole() {
        String blog = "test-batch-limit";
        String ndjson = IntStream.range(0, 1001).mapToObj(i -> "{\"body\": \"<p>" + i + "</p>\"}").collect(Collectors.joining("\n"));
        Requests.newsroom().urlEncodingEnabled(false).contentType("application/x-ndjson").body(ndjson)
                .post("/v1/liveblogs/" + blog + "/updates:batch")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(RawTopic.records(blog, 0, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void batchLineWithInvalidUtf8IsRefusedAndCrlfEndsLines() {
        String blog = "test-batch-bytes";
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        ndjson.writeBytes("{\"id\": \"c1\", \"body\": \"<p>one</p>\"}\r\n{\"id\": \"c2\", \"body\": \"<p>".getBytes(StandardCharsets.UTF_8));
        ndjson.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
        ndjson.writeBytes("</p>\"}\r\n \r\n{\"id\": \"c3\", \"body\": \"<p>three \u00e9</p>\"}".getBytes(StandardCharsets.UTF_8));
        Requests.newsroom().urlEncodingEnabled(false).contentType("application/x-ndjson").body(ndjson.toByteArray())
                .post("/v1/liveblogs/" + blog + "/updates:batch")
                .then().statusCode(200)
                .body("lines.line", contains(1, 2, 4))
                .body("lines.status", contains(202, 400, 202));
        List<ConsumerRecord<String, LiveUpdate>> records = RawTopic.records(blog, 2, Duration.ofSeconds(20));
        assertThat(records).extracting(r -> r.value().id()).containsExactly("c1", "c3");
        assertThat(records.get(1).value().text()).isEqualTo("three \u00e9");
        Requests.newsroom().urlEncodingEnabled(false).contentType("application/x-ndjson").body("\n \r\n\t\n")
                .post("/v1/liveblogs/" + blog + "/updates:batch")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void ninjsTwoAndThreeMapOntoTheSameUpdateAndCanceledRetracts() {
        String blog = "test-ninjs";
        String ninjs2 = """
                {"uri": "urn:newsml:example.org:20261125:vote-1", "versioncreated": "2026-11-25T09:30:00Z",
                 "headline": "Count begins", "body_html": "<p>Counting has begun in Cardiff.</p>", "by": "Ffion Rees",
                 "pubstatus": "usable"}""";
        String id = Requests.newsroom().contentType("application/vnd.iptc.ninjs+json").body(ninjs2)
                .post("/v1/liveblogs/" + blog + "/updates").then().statusCode(202).extract().path("id");
        String ninjs3 = """
                {"uri": "urn:newsml:example.org:20261125:vote-1", "versionCreated": "2026-11-25T09:35:00Z",
                 "headlines": [{"value": "Count under way", "role": "main"}],
                 "bodies": [{"value": "Counting continues", "contentType": "text/plain"},
                            {"value": "<p>Counting continues in Cardiff.</p>", "contentType": "text/html"}],
                 "pubStatus": "usable"}""";
        Requests.newsroom().contentType("application/vnd.iptc.ninjs+json").body(ninjs3)
                .post("/v1/liveblogs/" + blog + "/updates").then().statusCode(202).body("id", equalTo(id));
        Requests.newsroom().contentType("application/vnd.iptc.ninjs+json")
                .body("{\"uri\": \"urn:newsml:example.org:20261125:vote-1\", \"pubstatus\": \"canceled\"}")
                .post("/v1/liveblogs/" + blog + "/updates").then().statusCode(202).body("action", equalTo("retract"));

        List<LiveUpdate> updates = RawTopic.records(blog, 3, Duration.ofSeconds(20)).stream().map(ConsumerRecord::value).toList();
        assertThat(updates).extracting(LiveUpdate::id).containsOnly(id);
        assertThat(updates.get(0).headline()).isEqualTo("Count begins");
        assertThat(updates.get(0).authors()).singleElement().satisfies(a -> assertThat(a.name()).isEqualTo("Ffion Rees"));
        assertThat(updates.get(0).publishedAt()).isEqualTo(Instant.parse("2026-11-25T09:30:00Z"));
        assertThat(updates.get(1).headline()).isEqualTo("Count under way");
        assertThat(updates.get(1).body()).isEqualTo("<p>Counting continues in Cardiff.</p>");
        assertThat(updates.get(2).isRetraction()).isTrue();
    }

    @Test
    void ninjsErrorsNameTheNinjsFields() {
        Requests.newsroom().contentType("application/vnd.iptc.ninjs+json")
                .body("{\"uri\": \"urn:x:1\", \"headline\": \"no body\"}")
                .post("/v1/liveblogs/test-ninjs-bad/updates")
                .then().statusCode(400).body("errors.field", hasItem("body_html"));
        Requests.newsroom().contentType("application/vnd.iptc.ninjs+json").body("{\"body_html\": \"<p>x</p>\"}")
                .post("/v1/liveblogs/test-ninjs-bad/updates")
                .then().statusCode(400).body("errors.field", hasItem("uri"));
    }
}
