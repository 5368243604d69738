package io.liveline.enrich;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.enrich.tagger.SeedEntities;
import io.liveline.events.EventJson;
import io.liveline.events.KbEntity;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The knowledge base as the compacted topic liveline.kb on the real devstack broker. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class KnowledgeTopicTest {

    private static final String KB = io.liveline.events.Topics.KB;

    @Test
    void theShippedFilesSeedTheTopicOnceUnderQidsOrLocalIds() {
        await().atMost(Duration.ofSeconds(60)).until(() -> ready() == 200);
        List<ConsumerRecord<String, byte[]>> records = Topics.readAllCommitted(KB);
        Map<String, Long> markers = records.stream().filter(r -> r.key().equals("_seeded"))
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        assertThat(markers).containsEntry("_seeded", 1L);
        List<String> keys = records.stream().map(ConsumerRecord::key).toList();
        assertThat(keys).contains("Q22686", "kyiv");
        assertThat(keys.stream().filter(k -> !k.equals("_seeded")).distinct().count())
                .isGreaterThanOrEqualTo(SeedEntities.fromClasspath().size());
        KbEntity trump = read(records, "Q22686");
        assertThat(trump.type()).isEqualTo(KbEntity.Type.PERSON);
        assertThat(trump.name()).isEqualTo("Donald Trump");
        assertThat(trump.wikidata()).isEqualTo("Q22686");
    }

    @Test
    void aRecordOnTheTopicTagsTheNextPreviewAndATombstoneRetiresIt() {
        String text = "Ottoline Brackenbury-Vance, the new harbour master, closed the port.";
        await().atMost(Duration.ofSeconds(60)).until(() -> ready() == 200);
        assertThat(people(text)).doesNotContain("Ottoline Brackenbury-Vance");

        KbEntity added = new KbEntity("ottoline-brackenbury-vance", KbEntity.Type.PERSON, "Ottoline Brackenbury-Vance",
                List.of(), null, "GB", List.of(), null);
        Topics.send(KB, added.id(), EventJson.write(added).getBytes(StandardCharsets.UTF_8), null);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(people(text)).contains("Ottoline Brackenbury-Vance"));

        Topics.send(KB, added.id(), null, null);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(people(text)).doesNotContain("Ottoline Brackenbury-Vance"));
    }

    private static int ready() {
        return given().get("/q/health/ready").statusCode();
    }

    private static List<String> people(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("body", text))
                .post("/v1/enrich").then().statusCode(200).extract().jsonPath().getList("tags.people.name");
    }

    private static KbEntity read(List<ConsumerRecord<String, byte[]>> records, String key) {
        byte[] value = records.stream().filter(r -> r.key().equals(key)).reduce((a, b) -> b).orElseThrow().value();
        try {
            return EventJson.mapper().readValue(value, KbEntity.class);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
