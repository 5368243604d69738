package io.liveline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.liveline.devstack.Postgres;
import io.liveline.devstack.ServiceProcess;
import io.liveline.events.EventJson;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The pipeline under a steady stream of posts while its parts fail one after another, as they do
 * in production: each service killed with SIGKILL mid-stream, the broker restarted and frozen
 * past the transaction timeout, the database's cursor row locked for over a minute, the database
 * stopped for longer than any of the feed's timeouts and started again. Through all of it, every
 * update a 202 acknowledged must reach the feed once, at its acknowledged version or a later
 * retry's, in REST and in an app that resumes its SSE stream after each cut; and no service's
 * liveness may fail, since nothing here wedges a process.
 *
 * <p>The broker is a process of its own ({@link BrokerProcess}) so it can be killed and frozen;
 * PostgreSQL is the embedded server (a process too) on a fixed port and data folder.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChaosIT {

    private static final String API_KEY = "chaos-newsroom-key";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Duration READY = Duration.ofSeconds(90);

    private static BrokerProcess broker;
    private static Postgres postgres;
    private static int postgresPort;
    private static Path postgresData;
    private static volatile ServiceProcess ingest;
    private static volatile ServiceProcess enrich;
    private static volatile ServiceProcess feed;
    private static ChaosNewsroom newsroom;
    private static ResumingReader reader;
    private static LivenessWatch liveness;

    @BeforeAll
    static void startPipelineUnderLoad() throws Exception {
        broker = new BrokerProcess();
        broker.start();
        postgresPort = ServiceProcess.freePort();
        postgresData = Files.createTempDirectory("liveline-chaos-db");
        postgres = Postgres.embedded(postgresPort, postgresData);
        ingest = start("ingest-service");
        enrich = start("enrich-service");
        feed = start("feed-service");
        await().atMost(READY).pollInterval(Duration.ofMillis(500)).until(() -> ingest.ready() && enrich.ready() && feed.ready());
        liveness = new LivenessWatch(() -> List.of(ingest, enrich, feed));
        reader = new ResumingReader(() -> feed.url());
        newsroom = new ChaosNewsroom(() -> ingest.url(), API_KEY, Duration.ofMillis(100));
        awaitMoreAcknowledged(20);
    }

    private static ServiceProcess start(String name) throws Exception {
        Map<String, String> settings = new HashMap<>();
        settings.put("kafka.bootstrap.servers", broker.bootstrapServers());
        switch (name) {
            case "ingest-service" -> settings.put("liveline.ingest.api-keys", "chaos:" + sha256(API_KEY) + ":chaos-*");
            case "feed-service" -> settings.putAll(postgres.quarkusSettings());
            default -> { }
        }
        return PackagedServices.start(name, name + "-chaos.log", settings);
    }

    /** SIGKILL, then the same service started afresh (on another port), once it is ready. */
    private static ServiceProcess killAndRestart(ServiceProcess service, String name) throws Exception {
        service.kill();
        ServiceProcess restarted = start(name);
        await().atMost(READY).pollInterval(Duration.ofMillis(500)).until(restarted::ready);
        return restarted;
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (AutoCloseable resource : new AutoCloseable[] {newsroom, reader, liveness, ingest, enrich, feed, broker, postgres}) {
            if (resource != null) {
                resource.close();
            }
        }
    }

    @Test
    @Order(1)
    void ingestKilledMidStream() throws Exception {
        ingest = killAndRestart(ingest, "ingest-service");
        awaitMoreAcknowledged(20);
        assertThat(liveness.failures()).isEmpty();
    }

    @Test
    @Order(2)
    void enrichKilledMidStream() throws Exception {
        enrich = killAndRestart(enrich, "enrich-service");
        awaitMoreAcknowledged(20);
        assertThat(liveness.failures()).isEmpty();
    }

    @Test
    @Order(3)
    void feedKilledMidStream() throws Exception {
        int reconnects = reader.reconnects();
        feed = killAndRestart(feed, "feed-service");
        await().atMost(Duration.ofSeconds(30)).until(() -> reader.reconnects() > reconnects);
        awaitMoreAcknowledged(20);
        assertThat(liveness.failures()).isEmpty();
    }

    @Test
    @Order(4)
    void brokerKilledAndRestarted() throws Exception {
        broker.kill();
        try {
            // The feed says how long the broker has been away...
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                    .until(() -> kafkaUnreachableSeconds() > 0);
            // ...and serves what it has from PostgreSQL meanwhile.
            await().during(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                    .until(() -> feed.ready() && restStatus() == 200);
        } finally {
            broker.start();
        }
        awaitMoreAcknowledged(20);
        assertThat(liveness.failures()).isEmpty();
    }

    @Test
    @Order(5)
    void brokerFrozenLongerThanTheTransactionTimeout() throws Exception {
        broker.freeze();
        try {
            // enrich-service's transaction.timeout.ms is 15 s.
            await().during(Duration.ofSeconds(20)).atMost(Duration.ofSeconds(25)).pollInterval(Duration.ofMillis(500))
                    .until(() -> feed.ready() && restStatus() == 200);
        } finally {
            broker.thaw();
        }
        awaitMoreAcknowledged(20);
        assertThat(liveness.failures()).isEmpty();
    }

    @Test
    @Order(6)
    void feedCursorLockedForMoreThanAMinute() throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SELECT seq FROM feed_cursor FOR UPDATE");
            // No writer can number an update meanwhile; reads go on, and nobody restarts the feed. Past
            // 60 s, the age at which the Kafka connector's commit strategy would call a record stuck.
            await().during(Duration.ofSeconds(75)).atMost(Duration.ofSeconds(85)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> feed.ready() && restStatus() == 200);
            connection.commit();
        }
        awaitMoreAcknowledged(20);
        assertThat(liveness.failures()).isEmpty();
    }

    /*
     * Longer than every bounded wait in the feed: the statement timeout (15 s), the longest pause
     * between write retries (5 s) and PostgreSQL's idle-in-transaction timeout (60 s). The writer
     * must keep retrying the batch it holds rather than give up on it, and the process must stay
     * live while it is unready.
     */
    @Test
    @Order(7)
    void databaseDownLongerThanEveryRetryBudget() throws Exception {
        postgres.close();
        try {
            await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(250)).until(() -> !feed.ready());
            int acknowledged = newsroom.acknowledged().size();
            await().during(Duration.ofSeconds(75)).atMost(Duration.ofSeconds(80)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> !feed.ready());
            assertThat(newsroom.acknowledged().size()).as("ingest accepts while the feed's database is away")
                    .isGreaterThan(acknowledged);
        } finally {
            postgres = Postgres.embedded(postgresPort, postgresData);
        }
        // Readiness follows the database back within 5 s.
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).until(feed::ready);
        awaitMoreAcknowledged(20);
        assertThat(liveness.failures()).isEmpty();
    }

    @Test
    @Order(100)
    void everyAcknowledgedUpdateIsInTheFeedOnceAndNoLivenessFailed() throws Exception {
        newsroom.close();
        Map<String, Long> acknowledged = newsroom.acknowledged();
        assertThat(acknowledged).hasSizeGreaterThan(100);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(missing(restVersions(), acknowledged)).as("acknowledged, not in REST at that version").isEmpty();
            assertThat(missing(latestSeen(), acknowledged)).as("acknowledged, not seen by the app at that version").isEmpty();
        });

        // REST lists no update twice (restVersions checks); the stream has each change once, in order.
        List<ResumingReader.Seen> seen = reader.seen();
        assertThat(seen).extracting(ResumingReader.Seen::eventId).as("event ids").isSorted().doesNotHaveDuplicates();
        assertThat(seen).extracting(ResumingReader.Seen::name).containsOnly("update");
        Map<String, Long> last = new HashMap<>();
        for (ResumingReader.Seen change : seen) {
            Long before = last.put(change.update(), change.version());
            assertThat(before == null || before < change.version())
                    .as("%s seen at version %d after %s", change.update(), change.version(), before).isTrue();
        }
        assertThat(reader.reconnects()).isPositive();
        assertThat(liveness.failures()).isEmpty();
    }

    private static void awaitMoreAcknowledged(int more) {
        int target = newsroom == null ? more : newsroom.acknowledged().size() + more;
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> newsroom.acknowledged().size() >= target);
    }

    /** The acknowledged updates not there at their acknowledged version or a later one. */
    private static List<String> missing(Map<String, Long> found, Map<String, Long> acknowledged) {
        return acknowledged.entrySet().stream().filter(a -> found.getOrDefault(a.getKey(), 0L) < a.getValue())
                .map(a -> a.getKey() + "@" + a.getValue()).sorted().toList();
    }

    private static Map<String, Long> latestSeen() {
        Map<String, Long> latest = new HashMap<>();
        reader.seen().forEach(s -> latest.merge(s.update(), s.version(), Math::max));
        return latest;
    }

    /** Every update of the chaos blogs in REST, paged through; fails on an update listed twice. */
    private static Map<String, Long> restVersions() throws Exception {
        Map<String, Long> versions = new HashMap<>();
        for (String blog : ChaosNewsroom.BLOGS) {
            String before = null;
            do {
                String url = feed.url() + "/v1/liveblogs/" + blog + "/updates?limit=100"
                        + (before == null ? "" : "&before=" + URLEncoder.encode(before, StandardCharsets.UTF_8));
                HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).as(url).isEqualTo(200);
                JsonNode json = EventJson.mapper().readTree(page.body());
                for (JsonNode update : json.path("updates")) {
                    Long twice = versions.put(blog + "/" + update.path("id").asText(), update.path("version").asLong());
                    assertThat(twice).as("%s/%s listed twice", blog, update.path("id").asText()).isNull();
                }
                before = json.path("next").isTextual() ? json.path("next").asText() : null;
            } while (before != null);
        }
        return versions;
    }

    /** The feed's {@code liveline_feed_kafka_unreachable_seconds}, or -1 when it cannot be read. */
    private static double kafkaUnreachableSeconds() {
        try {
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(feed.url() + "/q/metrics")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return metrics.lines().filter(line -> line.startsWith("liveline_feed_kafka_unreachable_seconds "))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1))).findFirst().orElse(-1);
        } catch (Exception e) {
            return -1;
        }
    }

    private static int restStatus() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(feed.url() + "/v1/liveblogs/" + ChaosNewsroom.BLOGS[0]
                    + "/updates?limit=5")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String sha256(String value) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    }
}
