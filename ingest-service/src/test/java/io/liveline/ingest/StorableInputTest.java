package io.liveline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.liveline.devstack.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * What PostgreSQL and UTF-8 cannot hold is refused at the door, by field, on every way in (JSON,
 * ninjs, NDJSON lines): a 202 for it would be a promise the feed cannot keep. The JSON bodies
 * below carry the characters as escapes ({@code \u0000}, {@code \ud800}), as a client sends them.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class StorableInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "author   | {\"body\": \"<p>x</p>\", \"author\": \"Ana\\u0000Lima\"}",
            "author   | {\"body\": \"<p>x</p>\", \"author\": {\"name\": \"Ana Lima\", \"role\": \"desk\\u0000\"}}",
            "author   | {\"body\": \"<p>x</p>\", \"author\": [\"Ana\", \"Bo \\udc00\"]}",
            "headline | {\"body\": \"<p>x</p>\", \"headline\": \"half \\ud800 a pair\"}",
            "body     | {\"body\": \"<p>half \\udbff</p>\"}",
            "publishedAt | {\"body\": \"<p>x</p>\", \"publishedAt\": \"+99999-01-01T00:00:00Z\"}",
            "publishedAt | {\"body\": \"<p>x</p>\", \"publishedAt\": \"-5000-01-01T00:00:00Z\"}",
            "publishedAt | {\"body\": \"<p>x</p>\", \"publishedAt\": \"1899-12-31T23:59:59Z\"}",
            "publishedAt | {\"body\": \"<p>x</p>\", \"publishedAt\": \"9999-12-31T23:00:00-05:00\"}"})
    void aFieldTheStoreCannotHoldIs400NamingIt(String field, String json) {
        String blog = "test-unstorable-" + Math.abs(json.hashCode());
        Requests.newsroom().contentType(ContentType.JSON).body(json).post("/v1/liveblogs/" + blog + "/updates")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://liveline.io/problems/invalid-update"))
                .body("errors.field", hasItem(field.strip()));
        assertThat(RawTopic.records(blog, 0, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void aPairedSurrogateAndTheEdgesOfTheDateRangeAreAccepted() {
        String blog = "test-storable-edges";
        for (String json : new String[] {
                "{\"body\": \"<p>emoji \\ud83d\\udcf0</p>\", \"author\": \"Zoë \\ud83d\\ude00\"}",
                "{\"body\": \"<p>x</p>\", \"publishedAt\": \"1900-01-01T00:00:00Z\"}",
                "{\"body\": \"<p>x</p>\", \"publishedAt\": \"9999-12-31T23:59:59.999999Z\"}"}) {
            Requests.newsroom().contentType(ContentType.JSON).body(json).post("/v1/liveblogs/" + blog + "/updates")
                    .then().statusCode(202);
        }
        assertThat(RawTopic.records(blog, 3, Duration.ofSeconds(20))).hasSize(3)
                .anySatisfy(r -> assertThat(r.value().authors().get(0).name()).isEqualTo("Zoë \ud83d\ude00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"uri\": \"urn:x:\\u0000\", \"body_html\": \"<p>x</p>\"}|uri",
            "{\"uri\": \"urn:x:\\udfff\", \"body_html\": \"<p>x</p>\"}|uri",
            "{\"uri\": \"urn:x:1\", \"body_html\": \"<p>x</p>\", \"by\": \"Ana\\u0000\"}|by",
            "{\"uri\": \"urn:x:2\", \"body_html\": \"<p>x</p>\", \"versioncreated\": \"+99999-01-01T00:00:00Z\"}|versioncreated"})
    void aNinjsItemTheStoreCannotHoldIs400NamingTheNinjsField(String jsonAndField) {
        String json = jsonAndField.substring(0, jsonAndField.lastIndexOf('|'));
        String field = jsonAndField.substring(jsonAndField.lastIndexOf('|') + 1);
        Requests.newsroom().contentType("application/vnd.iptc.ninjs+json").body(json).post("/v1/liveblogs/test-ninjs-unstorable/updates")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void anNdjsonLineTheStoreCannotHoldIsItsOwn400() {
        String blog = "test-batch-unstorable";
        String ndjson = """
                {"id": "s1", "body": "<p>fine</p>"}
                {"id": "s2", "body": "<p>x</p>", "author": "Nul\\u0000"}
                {"id": "s3", "body": "<p>x</p>", "publishedAt": "-5000-01-01T00:00:00Z"}
                """;
        Requests.newsroom().urlEncodingEnabled(false).contentType("application/x-ndjson").body(ndjson)
                .post("/v1/liveblogs/" + blog + "/updates:batch")
                .then().statusCode(200)
                .body("lines.status", contains(202, 400, 400))
                .body("lines[1].errors.field", hasItem("author"))
                .body("lines[2].errors.field", hasItem("publishedAt"));
        assertThat(RawTopic.records(blog, 2, Duration.ofSeconds(5))).extracting(r -> r.value().id()).containsExactly("s1");
    }
}
