package io.liveline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.liveline.devstack.KafkaBroker;
import io.liveline.devstack.Postgres;
import io.liveline.devstack.ServiceProcess;
import io.liveline.devstack.SseClient;
import io.liveline.events.EventJson;
import io.liveline.events.Topics;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two feed-service processes on one broker and one database, as replicas behind a load balancer:
 * a client that moves from one to the other, or waits out a restart, resumes with its
 * {@code Last-Event-ID} and ends with every update at its latest version, having seen nothing
 * twice and nothing out of order, while both replicas keep writing. A version superseded before
 * the client read it may be skipped (the stream carries the feed's state, not every keystroke),
 * so what a client sees is checked to be an in-order subsequence of what was published.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedReplicasIT {

    private static KafkaBroker kafka;
    private static Postgres postgres;
    private static EnrichedProducer producer;
    private static ServiceProcess replicaA;
    private static ServiceProcess replicaB;

    /** One change as a client sees it: the update and its version, and the event id it came with. */
    record Seen(long eventId, String liveblogId, String change) {
    }

    @BeforeAll
    static void startReplicas() throws Exception {
        kafka = KafkaBroker.start();
        kafka.createTopics(List.of(Topics.ENRICHED, Topics.DLQ));
        postgres = Postgres.start();
        producer = new EnrichedProducer(kafka.bootstrapServers());
        replicaA = startFeed();
        replicaB = startFeed();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> replicaA.ready() && replicaB.ready());
    }

    private static ServiceProcess startFeed() throws IOException {
        Map<String, String> settings = new HashMap<>(postgres.quarkusSettings());
        settings.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        return PackagedServices.start("feed-service", settings);
    }

    @AfterAll
    static void stopReplicas() throws Exception {
        for (AutoCloseable resource : new AutoCloseable[] {replicaA, replicaB, producer, kafka, postgres}) {
            if (resource != null) {
                resource.close();
            }
        }
    }

    @Test
    @Order(1)
    void aClientSwitchingReplicasMidStreamMissesNothingAndSeesNothingTwice() throws Exception {
        List<String> blogs = List.of("replica-north-live", "replica-south-live");
        List<String> published = Collections.synchronizedList(new ArrayList<>());
        List<Seen> seen = new ArrayList<>();

        try (SseClient onA = SseClient.connect(replicaA.url() + "/v1/events", null)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> onA.status() == 200);
            publish(blogs, 0, 30, published);
            await().atMost(Duration.ofSeconds(30)).until(() -> onA.events().size() >= 10);
            // The newsroom keeps publishing while the client moves to the other replica.
            CompletableFuture<Void> more = CompletableFuture.runAsync(() -> publishUnchecked(blogs, 30, 60, published));
            onA.close();
            seen.addAll(parse(onA.events()));
            try (SseClient onB = SseClient.connect(replicaB.url() + "/v1/events", lastId(seen))) {
                more.get();
                await().atMost(Duration.ofSeconds(30)).until(() -> hasLatestOfAll(concat(seen, onB), published));
                seen.addAll(parse(onB.events()));
            }
        }

        assertSeenOnceInOrder(seen, published, blogs);
    }

    @Test
    @Order(2)
    void aClientResumesAcrossARestartOfItsReplica() throws Exception {
        List<String> blog = List.of("replica-restart-live");
        String stream = "/v1/liveblogs/replica-restart-live/events";
        List<String> published = Collections.synchronizedList(new ArrayList<>());
        List<Seen> seen = new ArrayList<>();

        try (SseClient before = SseClient.connect(replicaA.url() + stream, null)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> before.status() == 200);
            publish(blog, 0, 10, published);
            await().atMost(Duration.ofSeconds(30)).until(() -> hasLatestOfAll(parse(before.events()), published));
            replicaA.close();
            seen.addAll(parse(before.events()));
        }
        // Published while the client's replica is down: the other replica stores them.
        publish(blog, 10, 20, published);
        replicaA = startFeed();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(replicaA::ready);

        try (SseClient after = SseClient.connect(replicaA.url() + stream, lastId(seen))) {
            publish(blog, 20, 25, published);
            await().atMost(Duration.ofSeconds(30)).until(() -> hasLatestOfAll(concat(seen, after), published));
            seen.addAll(parse(after.events()));
        }

        assertSeenOnceInOrder(seen, published, blog);
    }

    private static void assertSeenOnceInOrder(List<Seen> seen, List<String> published, List<String> blogs) {
        assertThat(seen).extracting(Seen::eventId).as("event ids").isSorted().doesNotHaveDuplicates();
        for (String blog : blogs) {
            List<String> ofBlog = published.stream().filter(c -> c.startsWith(blog + "/")).toList();
            assertThat(ofBlog).as("what %s published", blog).containsSubsequence(changesOf(seen, blog));
        }
        assertThat(hasLatestOfAll(seen, published)).as("every update seen at its latest version").isTrue();
    }

    /** True when, for every update published, the last change the client saw of it is its latest version. */
    private static boolean hasLatestOfAll(List<Seen> seen, List<String> published) {
        Map<String, String> latest = new HashMap<>();
        List.copyOf(published).forEach(change -> latest.put(change.substring(0, change.indexOf('@')), change));
        Map<String, String> shown = new HashMap<>();
        seen.forEach(s -> shown.put(s.change().substring(0, s.change().indexOf('@')), s.change()));
        return shown.equals(latest);
    }

    private static List<Seen> concat(List<Seen> earlier, SseClient later) {
        List<Seen> all = new ArrayList<>(earlier);
        all.addAll(parse(later.events()));
        return all;
    }

    /**
     * Changes {@code from} to {@code to} of a script over the blogs, in turn: mostly new updates,
     * every third one an edit (a newer version) of the update two before it.
     */
    private static void publish(List<String> blogs, int from, int to, List<String> published) throws Exception {
        for (int n = from; n < to; n++) {
            String blog = blogs.get(n % blogs.size());
            boolean edit = n % 3 == 2;
            String id = "u" + (edit ? n - 2 : n);
            long version = 1000L + n;
            producer.publish(blog, id, version);
            published.add(blog + "/" + id + "@" + version);
        }
    }

    private static void publishUnchecked(List<String> blogs, int from, int to, List<String> published) {
        try {
            publish(blogs, from, to, published);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Seen> parse(List<SseClient.Event> events) {
        return events.stream().map(event -> {
            JsonNode data = json(event.data());
            return new Seen(Long.parseLong(event.id()), data.path("liveblogId").asText(),
                    data.path("liveblogId").asText() + "/" + data.path("id").asText() + "@" + data.path("version").asLong());
        }).toList();
    }

    /** The id of the last event the client holds: what a browser's EventSource sends on reconnect. */
    private static String lastId(List<Seen> seen) {
        return Long.toString(seen.get(seen.size() - 1).eventId());
    }

    private static List<String> changesOf(List<Seen> seen, String blog) {
        return seen.stream().filter(s -> s.liveblogId().equals(blog)).map(Seen::change).toList();
    }

    private static JsonNode json(String text) {
        try {
            return EventJson.mapper().readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
