package io.liveline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
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

    /** A ninjs 2.1 text item as an agency sends it: lower-case names, headlines and bodies as arrays. */
    private static final String NINJS_2 = """
            {"standard": {"name": "ninjs", "version": "2.1", "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json#"},
             "uri": "urn:newsml:example.org:20261125:vote-1", "type": "text", "version": "1",
             "firstcreated": "2026-11-25T09:30:00Z", "versioncreated": "2026-11-25T09:30:00Z",
             "pubstatus": "usable", "language": "en-GB", "by": "Ffion Rees",
             "headlines": [{"role": "main", "contenttype": "text/plain", "value": "Count begins"}],
             "bodies": [{"role": "main", "contenttype": "text/plain", "value": "Counting has begun."},
                        {"role": "main", "contenttype": "text/html", "charcount": 33, "value": "<p>Counting has begun in Cardiff.</p>"}],
             "subjects": [{"name": "election", "uri": "http://cv.iptc.org/newscodes/mediatopic/20000590"}]}""";

    /** The same story's next version as ninjs 3.0: camelCase names, a plain-text body before the HTML one. */
    private static final String NINJS_3 = """
            {"standard": {"name": "ninjs", "version": "3.0", "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json#"},
             "uri": "urn:newsml:example.org:20261125:vote-1", "type": "text", "version": "2",
             "firstCreated": "2026-11-25T09:30:00Z", "versionCreated": "2026-11-25T09:35:00Z",
             "pubStatus": "usable", "language": "en-GB",
             "headlines": [{"role": "sub", "value": "Turnout high"}, {"role": "main", "value": "Count under way"}],
             "bodies": [{"role": "main", "contentType": "text/plain", "value": "Counting continues"},
                        {"role": "main", "contentType": "text/html", "charCount": 36, "value": "<p>Counting continues in Cardiff.</p>"}],
             "subjects": [{"name": "election", "uri": "http://cv.iptc.org/newscodes/mediatopic/20000590", "relevance": 90}]}""";

    @Test
    void ninjsTwoAndThreeMapOntoTheSameUpdateAndCanceledRetracts() {
        String blog = "test-ninjs";
        String id = Requests.newsroom().contentType("application/vnd.iptc.ninjs+json").body(NINJS_2)
                .post("/v1/liveblogs/" + blog + "/updates").then().statusCode(202).extract().path("id");
        Requests.newsroom().contentType("application/vnd.iptc.ninjs+json").body(NINJS_3)
                .post("/v1/liveblogs/" + blog + "/updates").then().statusCode(202).body("id", equalTo(id));
        Requests.newsroom().contentType("application/vnd.iptc.ninjs+json; version=3")
                .body("""
                        {"uri": "urn:newsml:example.org:20261125:vote-1", "version": "3", "pubStatus": "canceled"}""")
                .post("/v1/liveblogs/" + blog + "/updates").then().statusCode(202).body("action", equalTo("retract"));

        List<LiveUpdate> updates = RawTopic.records(blog, 3, Duration.ofSeconds(20)).stream().map(ConsumerRecord::value).toList();
        assertThat(updates).extracting(LiveUpdate::id).containsOnly(id);
        assertThat(updates.get(0).headline()).isEqualTo("Count begins");
        assertThat(updates.get(0).body()).isEqualTo("<p>Counting has begun in Cardiff.</p>");
        assertThat(updates.get(0).authors()).singleElement().satisfies(a -> assertThat(a.name()).isEqualTo("Ffion Rees"));
        assertThat(updates.get(0).publishedAt()).isEqualTo(Instant.parse("2026-11-25T09:30:00Z"));
        assertThat(updates.get(1).headline()).isEqualTo("Count under way");
        assertThat(updates.get(1).body()).isEqualTo("<p>Counting continues in Cardiff.</p>");
        assertThat(updates.get(2).isRetraction()).isTrue();
    }

    @Test
    void aNinjsTwoRetractionUsesTheLowerCaseName() {
        String blog = "test-ninjs-2-cancel";
        Requests.newsroom().contentType("application/vnd.iptc.ninjs+json; version=2")
                .body("{\"uri\": \"urn:newsml:example.org:20261125:vote-9\", \"pubstatus\": \"canceled\"}")
                .post("/v1/liveblogs/" + blog + "/updates").then().statusCode(202).body("action", equalTo("retract"));
        assertThat(RawTopic.records(blog, 1, Duration.ofSeconds(20)).get(0).value().isRetraction()).isTrue();
    }

    @Test
    void theDeclaredVersionDecidesWhichNamesAreRead() {
        // A 2.x name in an item declared 3 would be ignored, publishing what the sender meant to withdraw.
        Requests.newsroom().contentType("application/vnd.iptc.ninjs+json; version=3")
                .body("{\"uri\": \"urn:x:1\", \"pubstatus\": \"canceled\"}")
                .post("/v1/liveblogs/test-ninjs-bad/updates")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("pubstatus")).body("errors[0].message", containsString("pubStatus"));
        Requests.newsroom().contentType("application/vnd.iptc.ninjs+json").body(NINJS_2.replace("\"pubstatus\"", "\"pubStatus\""))
                .post("/v1/liveblogs/test-ninjs-bad/updates")
                .then().statusCode(400).body("errors[0].field", equalTo("pubStatus"));
        Requests.newsroom().contentType("application/vnd.iptc.ninjs+json; version=1").body(NINJS_2)
                .post("/v1/liveblogs/test-ninjs-bad/updates")
                .then().statusCode(415).contentType("application/problem+json");
        Requests.newsroom().contentType("application/vnd.iptc.ninjs+json")
                .body("{\"uri\": \"urn:x:1\", \"pubStatus\": \"withheld\", \"bodies\": [{\"value\": \"<p>x</p>\"}]}")
                .post("/v1/liveblogs/test-ninjs-bad/updates")
                .then().statusCode(400).body("errors[0].field", equalTo("pubStatus"));
    }

    @Test
    void ninjsErrorsNameTheNinjsFields() {
        // ninjs 1.x's headline and body_html are not read: the item has no body.
        Requests.newsroom().contentType("application/vnd.iptc.ninjs+json")
                .body("{\"uri\": \"urn:x:1\", \"headline\": \"no body\", \"body_html\": \"<p>x</p>\"}")
                .post("/v1/liveblogs/test-ninjs-bad/updates")
                .then().statusCode(400).body("errors.field", hasItem("bodies"));
        Requests.newsroom().contentType("application/vnd.iptc.ninjs+json").body("{\"bodies\": [{\"value\": \"<p>x</p>\"}]}")
                .post("/v1/liveblogs/test-ninjs-bad/updates")
                .then().statusCode(400).body("errors.field", hasItem("uri"));
        Requests.newsroom().contentType("application/vnd.iptc.ninjs+json")
                .body(NINJS_2.replace("2026-11-25T09:30:00Z", "yesterday"))
                .post("/v1/liveblogs/test-ninjs-bad/updates")
                .then().statusCode(400).body("errors.field", hasItem("firstcreated"));
    }
}
