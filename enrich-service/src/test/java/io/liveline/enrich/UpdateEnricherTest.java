package io.liveline.enrich;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.events.CloudEvent;
import io.liveline.events.EnrichedUpdate;
import io.liveline.events.EventDeserializer;
import io.liveline.events.EventSerializer;
import io.liveline.events.LiveUpdate;
import io.liveline.events.TagCorrection;
import io.liveline.events.TagSet;
import io.liveline.events.UpdateAction;
import io.liveline.events.UpdateKind;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** enrich-service over the real devstack broker: raw in, tagged out, poison aside. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class UpdateEnricherTest {

    private static final String TRACE = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    private static void sendRaw(LiveUpdate update) {
        RecordHeaders headers = new RecordHeaders();
        CloudEvent.forRaw(update, "/test", TRACE).writeTo(headers);
        Topics.send(io.liveline.events.Topics.RAW, update.liveblogId(),
                new EventSerializer<LiveUpdate>().serialize("raw", update), headers);
    }

    private static LiveUpdate post(String blog, String id, String text) {
        Instant now = Instant.now();
        return new LiveUpdate(blog, id, 1, UpdateAction.PUBLISH, UpdateKind.POST, null, "<p>" + text + "</p>", text,
                false, List.of(), now, now);
    }

    @Test
    void rawUpdateComesOutTaggedUnderTheSameKeyAndTrace() {
        String blog = "enrich-tagging";
        sendRaw(post(blog, "e1", "Ukrainian forces said Russian drones struck Kharkiv overnight."));

        List<ConsumerRecord<String, byte[]>> records = Topics.read(io.liveline.events.Topics.ENRICHED, blog, 1, Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        EnrichedUpdate enriched = new EventDeserializer.ForEnrichedUpdate().deserialize("enriched", records.get(0).value());
        assertThat(enriched.update().id()).isEqualTo("e1");
        assertThat(enriched.tags().countries()).extracting(TagSet.CountryTag::code).contains("UA", "RU");
        assertThat(records.get(0).headers().toArray()).extracting(org.apache.kafka.common.header.Header::key)
                .containsExactlyInAnyOrder("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_time", "content-type", "traceparent");
        assertThat(CloudEvent.readFrom(records.get(0).headers()).time()).isEqualTo(enriched.enrichedAt());
        assertThat(header(records.get(0), "ce_type")).isEqualTo(CloudEvent.TYPE_ENRICHED);
        assertThat(header(records.get(0), "ce_id")).isEqualTo(blog + "/e1/1");
        assertThat(header(records.get(0), "traceparent")).startsWith(TRACE.substring(0, 36)).isNotEqualTo(TRACE);
    }

    @Test
    void tagCorrectionIsPassedOnUnchangedInOrderWithTheUpdatesVersions() {
        String blog = "enrich-correction";
        sendRaw(post(blog, "c1", "Jordan scored twice as Chicago beat Boston."));
        TagSet remove = new TagSet(List.of(), List.of(new TagSet.CountryTag("JO", null)), List.of(), List.of());
        TagCorrection correction = new TagCorrection(blog, "c1", 2, TagSet.EMPTY, remove, Instant.now());
        byte[] value = new EventSerializer<TagCorrection>().serialize("raw", correction);
        RecordHeaders headers = new RecordHeaders();
        CloudEvent.forCorrection(correction, "/test", TRACE).writeTo(headers);
        Topics.send(io.liveline.events.Topics.RAW, blog, value, headers);
        RecordHeaders broken = new RecordHeaders();
        CloudEvent.forCorrection(correction, "/test", TRACE).writeTo(broken);
        Topics.send(io.liveline.events.Topics.RAW, blog, "{\"liveblogId\":\"Not A Blog\"}".getBytes(StandardCharsets.UTF_8), broken);
        sendRaw(post(blog, "c2", "Talks continued."));

        List<ConsumerRecord<String, byte[]>> records = Topics.read(io.liveline.events.Topics.ENRICHED, blog, 3, Duration.ofSeconds(30));
        assertThat(records).extracting(r -> header(r, "ce_type"))
                .containsExactly(CloudEvent.TYPE_ENRICHED, CloudEvent.TYPE_TAGS_CORRECTED, CloudEvent.TYPE_ENRICHED);
        assertThat(records.get(1).value()).isEqualTo(value);
        assertThat(header(records.get(1), "ce_id")).isEqualTo(blog + "/c1/tags/2");
        assertThat(header(records.get(1), "traceparent")).startsWith(TRACE.substring(0, 36)).isNotEqualTo(TRACE);
        assertThat(Topics.read(io.liveline.events.Topics.DLQ, blog, 1, Duration.ofSeconds(30)))
                .extracting(r -> header(r, "dead-letter-reason")).singleElement().asString().contains("TagCorrection");
    }

    @Test
    void peopleAndOrganisationsOfTheKnowledgeBaseCarryTheirKbId() {
        String blog = "enrich-kb-ids";
        sendRaw(post(blog, "k1", "Volodymyr Zelenskyy met NATO leaders."));

        EnrichedUpdate enriched = new EventDeserializer.ForEnrichedUpdate().deserialize("enriched",
                Topics.read(io.liveline.events.Topics.ENRICHED, blog, 1, Duration.ofSeconds(30)).get(0).value());
        assertThat(enriched.tags().people()).extracting(TagSet.PersonTag::name, TagSet.PersonTag::kbId)
                .contains(org.assertj.core.groups.Tuple.tuple("Volodymyr Zelenskyy", "Q3874799"));
        assertThat(enriched.tags().organisations()).extracting(TagSet.OrganisationTag::name, TagSet.OrganisationTag::kbId)
                .contains(org.assertj.core.groups.Tuple.tuple("NATO", "Q7184"));
    }

    @Test
    void theHeadlineAndTheBlogsRecentTopicsCountOnTheLivePath() {
        String blog = "enrich-topic-prior";
        sendRaw(post(blog, "t1", "Voters went to the polls in a general election on Thursday."));
        sendRaw(post(blog, "t2", "Turnout was 64% by noon."));
        String alone = "enrich-topic-alone";
        sendRaw(post(alone, "t3", "Turnout was 64% by noon."));
        Instant now = Instant.now();
        sendRaw(new LiveUpdate(alone, "t4", 1, UpdateAction.PUBLISH, UpdateKind.POST, "Polls opened early",
                "<p>Queues formed outside.</p>", "Polls opened early\nQueues formed outside.", false, List.of(), now, now));

        List<ConsumerRecord<String, byte[]>> prior = Topics.read(io.liveline.events.Topics.ENRICHED, blog, 2, Duration.ofSeconds(30));
        List<ConsumerRecord<String, byte[]>> single = Topics.read(io.liveline.events.Topics.ENRICHED, alone, 2, Duration.ofSeconds(30));
        assertThat(topics(prior.get(1))).as("after an election post").contains("medtop:20000574");
        assertThat(topics(single.get(0))).as("the same words in another blog").doesNotContain("medtop:20000574");
        assertThat(topics(single.get(1))).as("a cue in the headline").contains("medtop:20000574");
    }

    private static List<String> topics(ConsumerRecord<String, byte[]> record) {
        return new EventDeserializer.ForEnrichedUpdate().deserialize("enriched", record.value()).tags().topics().stream()
                .map(TagSet.TopicTag::code).toList();
    }

    @Test
    void everyRawUpdateIsEnrichedOnceInOrderInTransactionsThatCommitTheRawOffsets() {
        String blog = "enrich-exactly-once";
        int count = 30;
        for (int i = 0; i < count; i++) {
            sendRaw(post(blog, "x" + i, "Update " + i + ": the Polish prime minister spoke in Warsaw."));
        }

        // The raw offsets are committed by the same transactions as the enriched records: once all
        // are committed, the enriched topic holds everything enrich-service will ever write for them.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Topics.committedByEnrich()).isEqualTo(Topics.endOffsets(io.liveline.events.Topics.RAW)));
        List<ConsumerRecord<String, byte[]>> all = Topics.readAllCommitted(io.liveline.events.Topics.ENRICHED);
        assertThat(all).filteredOn(r -> blog.equals(r.key()))
                .extracting(r -> new EventDeserializer.ForEnrichedUpdate().deserialize("e", r.value()).update().id())
                .containsExactlyElementsOf(IntStream.range(0, count).mapToObj(i -> "x" + i).toList());
        // Each transaction ends with a commit marker, which takes an offset but is no record.
        long endOffsets = Topics.endOffsets(io.liveline.events.Topics.ENRICHED).values().stream().mapToLong(Long::longValue).sum();
        assertThat((long) all.size()).isLessThan(endOffsets);
    }

    @Test
    void poisonRecordGoesToTheDlqWithTheErrorAndTheStreamGoesOn() {
        String blog = "enrich-poison";
        Topics.send(io.liveline.events.Topics.RAW, blog, "{\"broken\":".getBytes(StandardCharsets.UTF_8), new RecordHeaders());
        sendRaw(post(blog, "after-poison", "Talks continued in Kyiv."));

        List<ConsumerRecord<String, byte[]>> dead = Topics.read(io.liveline.events.Topics.DLQ, blog, 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{\"broken\":");
        assertThat(header(dead.get(0), "dead-letter-reason")).contains("LiveUpdate");
        assertThat(header(dead.get(0), "dead-letter-topic")).isEqualTo(io.liveline.events.Topics.RAW);
        assertThat(Topics.read(io.liveline.events.Topics.ENRICHED, blog, 1, Duration.ofSeconds(30)))
                .extracting(r -> new EventDeserializer.ForEnrichedUpdate().deserialize("e", r.value()).update().id())
                .containsExactly("after-poison");
        // The dead letter is counted once its transaction has committed.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/q/metrics").then().statusCode(200)
                .body(containsString("liveline_enrich_dead_letters_total 1.0"))
                .body(containsString("liveline_enrich_updates_tagged_total"))
                .body(containsString("liveline_enrich_tags_per_update_count"))
                .body(containsString("liveline_enrich_tagging_duration_seconds_bucket")));
    }

    @Test
    void consumerLagIsPublishedPerPartitionUnderTheGroupsName() {
        sendRaw(post("enrich-lag", "l1", "Talks resumed in Kyiv."));

        Pattern lag = Pattern.compile("kafka_consumer_fetch_manager_records_lag\\{client_id=\"liveline-enrich\",.*"
                + "partition=\"\\d+\",topic=\"liveline\\.updates\\.raw\"} \\d+\\.\\d+");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(given().get("/q/metrics").asString().lines()).anyMatch(line -> lag.matcher(line).matches()));
    }

    @Test
    void previewTagsAndExplains() {
        given().contentType(ContentType.JSON)
                .body("{\"headline\": \"Drones hit Kyiv\", \"body\": \"<p>The <a href='https://example.org/france'>French</a> president arrived.</p>\"}")
                .post("/v1/enrich?explain=true")
                .then().statusCode(200)
                .body("tags.countries.code", hasItem("UA"))
                .body("tags.countries.code", hasItem("FR"))
                .body("evidence", notNullValue());
        given().contentType(ContentType.JSON).body("{\"body\": \"<p>Talks in Kyiv</p>\"}")
                .post("/v1/enrich").then().statusCode(200).body("evidence", nullValue());
    }

    @Test
    void previewExplainsEachTopicByWordsOrEntity() {
        given().contentType(ContentType.JSON)
                .body("{\"headline\": \"Rates cut again\", \"body\": \"<p>The Bank of England cut interest rates.</p>\"}")
                .post("/v1/enrich?explain=true")
                .then().statusCode(200)
                .body("tags.topics.code", hasItem("medtop:20000379"))
                .body("evidence.findAll { it.field == 'topics' && it.tag == 'medtop:20000379' }.rule",
                        hasItems("entity:Bank of England", "cue:interest rate"))
                .body("evidence.findAll { it.field == 'topics' && it.tag == 'medtop:04000000' }.rule",
                        hasItem("parent-of:medtop:20000379"));
    }

    @Test
    void previewRejectsBadInputAsProblems() {
        given().contentType(ContentType.JSON).body("{\"headline\": \"no body\"}").post("/v1/enrich")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        given().contentType(ContentType.JSON).body("{\"body\": ").post("/v1/enrich")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"body\": [1]}").post("/v1/enrich")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("Kyiv").post("/v1/enrich").then().statusCode(415);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
