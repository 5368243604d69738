package io.liveline.deploy.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveline.devstack.NeedsTools;
import io.liveline.devstack.SseClient;
import io.liveline.devstack.Tool;
import io.liveline.events.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three service images, built from their Dockerfiles, run together with a Kafka broker and a
 * PostgreSQL container: an update a newsroom posts to ingest-service's container reaches an app
 * following feed-service's container over SSE, tagged by enrich-service's container.
 */
@NeedsTools(Tool.DOCKER)
class ServiceImagesIT {

    private static final String KEY = "images-it-key";
    private static final String BLOG = "images-quake";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<HostNetworkContainer> containers = new ArrayList<>();
    private static final Map<String, HostNetworkContainer> services = new LinkedHashMap<>();
    private static final Map<String, String> report = new LinkedHashMap<>();
    private static String ingestUrl;
    private static String feedUrl;

    @BeforeAll
    static void startImages() throws Exception {
        Path root = Path.of(System.getProperty("liveline.root", "..")).toAbsolutePath().normalize();
        Path reports = Path.of(System.getProperty("liveline.reports", "target"));
        Path logs = reports.resolve("container-logs");
        BaseImages base = BaseImages.fromEnvironment();

        int kafkaPort = LoopbackPorts.free();
        int controllerPort = LoopbackPorts.free();
        HostNetworkContainer kafka = start(new HostNetworkContainer("kafka", base.kafka(), logs).withEnv(Map.ofEntries(
                Map.entry("CLUSTER_ID", "bGl2ZWxpbmUtaW1hZ2VzLQ"),
                Map.entry("KAFKA_NODE_ID", "1"),
                Map.entry("KAFKA_PROCESS_ROLES", "broker,controller"),
                Map.entry("KAFKA_LISTENERS", "PLAINTEXT://127.0.0.1:" + kafkaPort + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://127.0.0.1:" + kafkaPort),
                Map.entry("KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER"),
                Map.entry("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@127.0.0.1:" + controllerPort),
                // One broker: internal topics (offsets, and the transaction log enrich-service's
                // exactly-once needs) can have only one replica.
                Map.entry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1"),
                Map.entry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1"),
                Map.entry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1"),
                Map.entry("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1"),
                Map.entry("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0"))));
        int postgresPort = LoopbackPorts.free();
        String dbPassword = UUID.randomUUID().toString();
        start(new HostNetworkContainer("postgres", base.postgres(), logs).withEnv(Map.of(
                "POSTGRES_USER", "liveline", "POSTGRES_PASSWORD", dbPassword, "POSTGRES_DB", "liveline",
                "PGPORT", String.valueOf(postgresPort))));
        String bootstrap = "127.0.0.1:" + kafkaPort;
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> LoopbackPorts.listening(kafkaPort) && LoopbackPorts.listening(postgresPort));
        createTopics(bootstrap);
        report.put(base.kafka(), ServiceImages.size(base.kafka()));
        report.put(base.postgres(), ServiceImages.size(base.postgres()));

        ServiceImages images = new ServiceImages(root, base.java());
        Map<String, String> common = Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap, "QUARKUS_HTTP_HOST", "127.0.0.1");
        int ingestPort = LoopbackPorts.free();
        ingestUrl = "http://127.0.0.1:" + ingestPort;
        int feedPort = LoopbackPorts.free();
        feedUrl = "http://127.0.0.1:" + feedPort;
        service(images, "ingest-service", ingestPort, logs, common, Map.of(
                "LIVELINE_INGEST_API_KEYS", "images-it:" + sha256(KEY) + ":images-*",
                "LIVELINE_INGEST_FEED_URL", feedUrl));
        service(images, "enrich-service", LoopbackPorts.free(), logs, common, Map.of());
        service(images, "feed-service", feedPort, logs, common, Map.of(
                "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://127.0.0.1:" + postgresPort + "/liveline",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + postgresPort + "/liveline",
                "QUARKUS_DATASOURCE_USERNAME", "liveline",
                "QUARKUS_DATASOURCE_PASSWORD", dbPassword));
        report.putAll(images.report());

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> services.values().stream()
                .allMatch(s -> status("http://127.0.0.1:" + s.getEnvMap().get("QUARKUS_HTTP_PORT") + "/q/health/ready") == 200));
    }

    private static void service(ServiceImages images, String name, int port, Path logs,
                                Map<String, String> common, Map<String, String> own) throws Exception {
        HostNetworkContainer container = new HostNetworkContainer(name, images.build(name), logs).readOnlyRoot()
                .withEnv(common).withEnv(own).withEnv("QUARKUS_HTTP_PORT", String.valueOf(port));
        services.put(name, start(container));
    }

    private static HostNetworkContainer start(HostNetworkContainer container) {
        containers.add(container);
        container.start();
        return container;
    }

    private static void createTopics(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            // ingest-service is ready only once it has read the live blogs' topic, compacted with one partition as deployed.
            List<NewTopic> topics = Stream.concat(
                    List.of(Topics.RAW, Topics.ENRICHED, Topics.DLQ).stream().map(t -> new NewTopic(t, 3, (short) 1)),
                    Stream.of(new NewTopic(Topics.LIVEBLOGS, 1, (short) 1).configs(Map.of("cleanup.policy", "compact"))))
                    .toList();
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> admin.createTopics(topics).all().get());
        }
    }

    @AfterAll
    static void stopImages() throws Exception {
        for (int i = containers.size() - 1; i >= 0; i--) {
            containers.get(i).stop();
        }
        String lines = report.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
        System.out.println("Images:\n" + lines);
        Files.writeString(Path.of(System.getProperty("liveline.reports", "target")).resolve("image-report.txt"), lines + "\n");
    }

    @Test
    void anUpdatePostedToIngestIsStreamedByFeedWithItsTags() throws Exception {
        try (SseClient stream = SseClient.connect(feedUrl + "/v1/liveblogs/" + BLOG + "/events", null)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> stream.status() == 200);
            String body = "{\"id\":\"q01\",\"headline\":\"Strong tremor\","
                    + "\"body\":\"<p>A magnitude 6.8 earthquake struck off the coast of Chile.</p>\"}";
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(ingestUrl + "/v1/liveblogs/" + BLOG + "/updates"))
                    .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);

            await().atMost(Duration.ofSeconds(60)).until(() -> !stream.events().isEmpty());
            SseClient.Event event = stream.events().get(0);
            assertThat(event.name()).isEqualTo("update");
            JsonNode update = JSON.readTree(event.data());
            assertThat(update.path("id").asText()).isEqualTo("q01");
            assertThat(update.at("/tags/countries").findValuesAsText("code")).contains("CL");

            JsonNode page = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(feedUrl + "/v1/liveblogs/" + BLOG + "/updates")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(page.path("updates")).extracting(u -> u.path("id").asText()).containsExactly("q01");
        }
    }

    @Test
    void servicesRunAsNonRootOnAReadOnlyRootFilesystem() throws Exception {
        for (var service : services.entrySet()) {
            assertThat(service.getValue().execInContainer("id", "-u").getStdout().trim()).as(service.getKey()).isEqualTo("185");
            assertThat(service.getValue().execInContainer("touch", "/deployments/written").getExitCode())
                    .as(service.getKey() + " writes to its root filesystem").isNotZero();
        }
    }

    private static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String sha256(String value) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    }
}
