package io.liveline.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.events.CloudEvent;
import io.liveline.events.TagCorrection;
import io.liveline.events.TagSet;
import io.liveline.events.TagSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** PATCH .../tags over the real devstack broker: an accepted correction is on Kafka, a refused one names its field. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class TagCorrectionTest {

    private static final String BLOG = "test-corrections";

    @Test
    void acceptedCorrectionIsOnTheRawTopicAfterTheUpdateUnderTheSameKey() {
        long edit = Requests.newsroom().contentType(ContentType.JSON)
                .body("{\"body\": \"<p>Jordan scored twice as Chicago beat Boston.</p>\"}")
                .put("/v1/liveblogs/" + BLOG + "/updates/nba-1").then().statusCode(202).extract().jsonPath().getLong("version");
        long version = Requests.newsroom().contentType(ContentType.JSON)
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .body("""
                        {"add": {"people": [{"name": "Michael Jordan", "wikidata": "Q41421", "kbId": "Q41421"}],
                                 "topics": [{"code": "medtop:15008000", "label": "basketball"}]},
                         "remove": {"countries": [{"code": "JO"}]}}""")
                .patch("/v1/liveblogs/" + BLOG + "/updates/nba-1/tags")
                .then().statusCode(202)
                .header("Location", "http://127.0.0.1:8083/v1/liveblogs/" + BLOG + "/updates/nba-1")
                .body("id", equalTo("nba-1"))
                .body("action", equalTo("correct-tags"))
                .extract().jsonPath().getLong("version");
        assertThat(version).isGreaterThan(edit);

        List<ConsumerRecord<String, TagCorrection>> records = RawTopic.corrections(BLOG, 1, Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        ConsumerRecord<String, TagCorrection> record = records.get(0);
        assertThat(record.key()).isEqualTo(BLOG);
        assertThat(header(record, "ce_type")).isEqualTo(CloudEvent.TYPE_TAGS_CORRECTED);
        assertThat(header(record, "ce_id")).isEqualTo(BLOG + "/nba-1/tags/" + version);
        assertThat(header(record, "traceparent")).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-");
        TagCorrection correction = record.value();
        assertThat(correction.version()).isEqualTo(version);
        assertThat(correction.add().people()).containsExactly(
                new TagSet.PersonTag("Michael Jordan", "Q41421", "Q41421", 0, TagSource.EDITOR));
        assertThat(correction.add().topics()).containsExactly(
                new TagSet.TopicTag("medtop:15008000", "basketball", 1.0, TagSource.EDITOR));
        assertThat(correction.remove().countries()).extracting(TagSet.CountryTag::code).containsExactly("JO");
        ConsumerRecord<String, ?> update = RawTopic.records(BLOG, 1, Duration.ofSeconds(20)).get(0);
        assertThat(update.partition()).isEqualTo(record.partition());
        assertThat(update.offset()).isLessThan(record.offset());
    }

    @Test
    void everyBadCorrectionIsAProblemNamingItsField() {
        refused("", "");
        refused("[]", "");
        refused("{\"add\": ", "");
        refused("{}", "");
        refused("{\"add\": {}, \"remove\": {\"people\": []}}", "");
        refused("{\"fix\": {}}", "fix");
        refused("{\"add\": []}", "add");
        refused("{\"add\": {\"places\": [{\"name\": \"Kyiv\"}]}}", "add/places");
        refused("{\"add\": {\"people\": {\"name\": \"A\"}}}", "add/people");
        refused("{\"add\": {\"people\": [\"Jordan\"]}}", "add/people/0");
        refused("{\"add\": {\"people\": [{\"wikidata\": \"Q41421\"}]}}", "add/people/0/name");
        refused("{\"add\": {\"people\": [{\"name\": \"  \"}]}}", "add/people/0/name");
        refused("{\"add\": {\"people\": [{\"name\": 7}]}}", "add/people/0/name");
        refused("{\"add\": {\"people\": [{\"name\": \"Jordan\", \"wikidata\": \"Q0041421\"}]}}", "add/people/0/wikidata");
        refused("{\"add\": {\"organisations\": [{\"name\": \"NATO\", \"wikidata\": \"nato\"}]}}", "add/organisations/0/wikidata");
        refused("{\"add\": {\"organisations\": [{\"name\": \"NATO\", \"kbId\": \"Not An Id\"}]}}", "add/organisations/0/kbId");
        refused("{\"add\": {\"countries\": [{\"code\": \"ua\", \"name\": \"Ukraine\"}]}}", "add/countries/0/code");
        refused("{\"add\": {\"countries\": [{\"code\": \"XX\", \"name\": \"Nowhere\"}]}}", "add/countries/0/code");
        refused("{\"remove\": {\"countries\": [{\"code\": \"UKR\"}]}}", "remove/countries/0/code");
        refused("{\"add\": {\"countries\": [{\"code\": \"UA\"}]}}", "add/countries/0/name");
        refused("{\"add\": {\"topics\": [{\"code\": \"16000000\", \"label\": \"conflict\"}]}}", "add/topics/0/code");
        refused("{\"add\": {\"topics\": [{\"code\": \"medtop:16000000\"}]}}", "add/topics/0/label");
        refused("{\"add\": {\"topics\": [{\"code\": \"medtop:16000000\", \"label\": \"war\", \"score\": 2}]}}", "add/topics/0/score");
        refused("{\"add\": {\"people\": [{\"name\": \"Jordan\"}]}, \"remove\": {\"people\": [{\"name\": \"Jordan\"}]}}",
                "remove/people");
        refused("{\"remove\": {\"topics\": [{\"code\": \"medtop:16000000\"}, {\"code\": \"medtop:16000000\"}]}}",
                "remove/topics/1");
        refused("{\"add\": {\"people\": [{\"name\": \"" + "x".repeat(201) + "\"}]}}", "add/people/0/name");
        refused("{\"add\": {\"people\": [{\"name\": \"Jor\\u0000dan\"}]}}", "add/people/0/name");
        refused("{\"add\": {\"people\": [{\"name\": \"Jor\\ud800dan\"}]}}", "add/people/0/name");
        String fiftyOne = IntStream.range(0, 51).mapToObj(i -> "{\"name\": \"Person " + i + "\"}").collect(Collectors.joining(","));
        refused("{\"add\": {\"people\": [" + fiftyOne + "]}}", "add/people");

        // Nothing refused reached the broker.
        assertThat(RawTopic.corrections("test-bad-corrections", 0, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void badUpdateIdAndStrangersAreRefused() {
        Requests.newsroom().contentType(ContentType.JSON).body("{\"remove\": {\"countries\": [{\"code\": \"JO\"}]}}")
                .patch("/v1/liveblogs/test-bad-corrections/updates/no spaces/tags")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("id"));
        given().contentType(ContentType.JSON).body("{\"remove\": {\"countries\": [{\"code\": \"JO\"}]}}")
                .patch("/v1/liveblogs/test-bad-corrections/updates/u-1/tags")
                .then().statusCode(401).contentType("application/problem+json");
        Requests.newsroom().contentType(ContentType.JSON).body("{\"remove\": {\"countries\": [{\"code\": \"JO\"}]}}")
                .patch("/v1/liveblogs/other-blog/updates/u-1/tags")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static void refused(String body, String field) {
        Requests.newsroom().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8))
                .patch("/v1/liveblogs/test-bad-corrections/updates/u-1/tags")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
