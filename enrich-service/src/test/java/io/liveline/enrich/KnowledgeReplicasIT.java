package io.liveline.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.liveline.devstack.ServiceProcess;
import io.liveline.devstack.SharedInfrastructure;
import io.liveline.events.EnrichedUpdate;
import io.liveline.events.EventDeserializer;
import io.liveline.events.EventJson;
import io.liveline.events.TagSet;
import io.liveline.events.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Two packaged enrich-service replicas over the real broker: an entity one of them is given tags
 * on both within 5 s; after both are killed, a new replica still knows the entity and the
 * surnames a live blog named in full before the restart.
 */
class KnowledgeReplicasIT {

    private static final String EDITOR_KEY = "it-editor-key";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final EventDeserializer.ForEnrichedUpdate ENRICHED = new EventDeserializer.ForEnrichedUpdate();

    private static ServiceProcess start(String name) throws Exception {
        Map<String, String> settings = Map.of(
                "kafka.bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers(),
                "liveline.enrich.editor-keys", "it-editor:" + sha256Hex(EDITOR_KEY) + ":kb:edit",
                "mp.messaging.outgoing.updates-enriched.transactional.id", "liveline-enrich-it-" + name,
                "mp.messaging.incoming.updates-raw.session.timeout.ms", "6000");
        return ServiceProcess.start("enrich-service", ServiceProcess.packagedJar(Path.of(".")),
                List.of("-XX:+UseSerialGC", "-Xmx256m"), settings, Path.of("target", "enrich-replicas-" + name + ".log"));
    }

    @Test
    void anEntityReachesBothReplicasAndARestartKeepsItAndTheSurnameMemory() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String id = "it-person-" + run;
        String blog = "it-memory-" + run;
        String text = "Harbour master Ysolde Quarrington-Vey closed the port.";
        try (ServiceProcess a = start("a"); ServiceProcess b = start("b")) {
            a.awaitReady(Duration.ofMinutes(3));
            b.awaitReady(Duration.ofMinutes(3));
            assertThat(previewPeople(b, text)).doesNotContain("Ysolde Quarrington-Vey");

            HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(a.url() + "/v1/kb/entities/" + id))
                    .header("Authorization", "Bearer " + EDITOR_KEY).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(
                            "{\"type\":\"person\",\"name\":\"Ysolde Quarrington-Vey\",\"country\":\"GB\"}")).build());
            assertThat(put.statusCode()).isEqualTo(201);
            assertThat(previewPeople(a, text)).contains("Ysolde Quarrington-Vey");
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(previewPeople(b, text)).contains("Ysolde Quarrington-Vey"));

            // A full name no knowledge base knows, remembered by the blog for its later surnames.
            io.liveline.enrich.Topics.sendRaw(blog, "m1", "Regional fire chief Marta Pellingham said crews had contained the blaze.");
            assertThat(people(blog, "m1")).containsExactly("Marta Pellingham");
            a.kill();
            b.kill();
        }
        try (ServiceProcess c = start("a")) {
            c.awaitReady(Duration.ofMinutes(3));
            assertThat(previewPeople(c, text)).contains("Ysolde Quarrington-Vey");
            io.liveline.enrich.Topics.sendRaw(blog, "m2", "Pellingham added that two more villages were being evacuated.");
            assertThat(people(blog, "m2")).containsExactly("Marta Pellingham");
        }
    }

    private static List<String> previewPeople(ServiceProcess service, String text) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(service.url() + "/v1/enrich"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(EventJson.write(Map.of("body", text)))).build());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode people = EventJson.mapper().readTree(response.body()).path("tags").path("people");
        return java.util.stream.StreamSupport.stream(people.spliterator(), false).map(p -> p.path("name").asText()).toList();
    }

    private static List<String> people(String blog, String updateId) {
        List<ConsumerRecord<String, byte[]>> records = io.liveline.enrich.Topics.read(Topics.ENRICHED, blog, 2,
                Duration.ofSeconds(60));
        EnrichedUpdate update = records.stream().map(r -> ENRICHED.deserialize(Topics.ENRICHED, r.value()))
                .filter(e -> e.update().id().equals(updateId)).findFirst().orElseThrow();
        return update.tags().people().stream().map(TagSet.PersonTag::name).toList();
    }


    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String sha256Hex(String key) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
