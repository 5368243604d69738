package io.liveline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.liveline.events.EventJson;
import io.liveline.systemtests.OtlpReceiver.ReceivedSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three packaged services as Kubernetes runs them (profile {@code prod,kubernetes}), exporting
 * traces over OTLP to a receiver in this JVM: one post is one trace from the newsroom's request to
 * the feed's store, every log line is a JSON object, and the metrics that alerts, dashboard and
 * autoscaler query are ones the services publish.
 */
class ObservabilityIT {

    private static final String KEY = "observability-key";
    private static final String BLOG = "harbour-traced";
    private static final String TRACE_ID = "7d3e5f1a2b4c6d8e9f0a1b2c3d4e5f60";
    private static final String CALLER_SPAN_ID = "a1b2c3d4e5f60718";
    private static final List<String> NAMES = List.of("ingest-service", "enrich-service", "feed-service");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static OtlpReceiver otlp;
    private static Pipeline pipeline;

    @BeforeAll
    static void startPipeline() throws Exception {
        otlp = OtlpReceiver.start();
        pipeline = Pipeline.start(KEY, "harbour-*", Map.of(
                "quarkus.profile", "prod,kubernetes",
                // The ConfigMap gives the collector's gRPC endpoint; this receiver speaks OTLP over HTTP.
                "quarkus.otel.exporter.otlp.endpoint", otlp.endpoint(),
                "quarkus.otel.exporter.otlp.protocol", "http/protobuf",
                "quarkus.otel.bsp.schedule.delay", "100ms"), "-kubernetes");
    }

    @AfterAll
    static void stopPipeline() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
        if (otlp != null) {
            otlp.close();
        }
    }

    @Test
    void onePostIsOneTraceFromTheRequestThroughEnrichmentToTheStore() throws Exception {
        post("t-1");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(span("feed-service", "SPAN_KIND_CONSUMER"))
                .as("received %s: %s", otlp.requests(), otlp.spans()).isNotNull());
        ReceivedSpan server = span("ingest-service", "SPAN_KIND_SERVER");
        ReceivedSpan send = span("ingest-service", "SPAN_KIND_PRODUCER");
        ReceivedSpan enrich = span("enrich-service", "SPAN_KIND_CONSUMER");
        ReceivedSpan store = span("feed-service", "SPAN_KIND_CONSUMER");
        assertThat(server.parentSpanId()).isEqualTo(CALLER_SPAN_ID);
        assertThat(send.parentSpanId()).isEqualTo(server.spanId());
        assertThat(enrich.parentSpanId()).isEqualTo(send.spanId());
        assertThat(store.parentSpanId()).isEqualTo(enrich.spanId());
        assertThat(List.of(send, enrich, store)).extracting(ReceivedSpan::name)
                .containsExactly("send liveline.updates.raw", "process liveline.updates.raw", "process liveline.updates.enriched");
    }

    @Test
    void everyLogLineIsAJsonObject() throws Exception {
        for (String name : NAMES) {
            List<String> lines = Files.readAllLines(PackagedServices.log(name + "-kubernetes.log"), StandardCharsets.UTF_8);
            List<JsonNode> records = lines.stream().filter(line -> !line.isBlank()).map(line -> parse(name, line)).toList();
            assertThat(records).as(name).isNotEmpty().allSatisfy(r -> assertThat(r.has("level") && r.has("message")).isTrue());
            assertThat(records).as(name).anySatisfy(r -> assertThat(r.path("message").asText()).contains("kubernetes"));
        }
    }

    @Test
    void alertsDashboardAndAutoscalerUseMetricNamesTheServicesPublish() throws Exception {
        Path root = Path.of(System.getProperty("liveline.root", ".."));
        Pattern serviceMetric = Pattern.compile("\\b(liveline_[a-z_]+|kafka_consumer_fetch_manager_[a-z_]+|http_server_requests_[a-z_]+)\\b");
        Set<String> used = new TreeSet<>();
        for (String file : List.of("monitoring/alerts.yaml", "monitoring/dashboards/liveline-pipeline.json", "base/services/autoscaling.yaml")) {
            serviceMetric.matcher(Files.readString(root.resolve("deploy/kubernetes").resolve(file))).results()
                    .map(MatchResult::group).forEach(used::add);
        }
        assertThat(used).contains("kafka_consumer_fetch_manager_records_lag", "liveline_feed_sse_connections");

        // The post of the trace test, or this one's, has been through every service by now.
        post("t-metrics");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String published = pipeline.services().stream().map(s -> get(s.url() + "/q/metrics")).collect(Collectors.joining("\n"));
            assertThat(used).allSatisfy(name -> assertThat(published.lines())
                    .as("%s published by a service", name).anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " ")));
        });
    }

    /** Posts an update in the caller's trace and checks it was accepted. */
    private static void post(String id) throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(pipeline.ingest().url() + "/v1/liveblogs/" + BLOG + "/updates"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + KEY)
                .header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN_ID + "-01")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"" + id + "\", \"body\": \"<p>Ferries resume in Gdańsk.</p>\"}"))
                .build();
        assertThat(HTTP.send(post, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(202);
    }

    private static String get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The span of this trace that {@code service} made of {@code kind}, or null while it has not arrived. */
    private static ReceivedSpan span(String service, String kind) {
        return otlp.spans().stream()
                .filter(s -> s.traceId().equals(TRACE_ID) && s.service().equals(service) && s.kind().equals(kind))
                .findFirst().orElse(null);
    }

    private static JsonNode parse(String service, String line) {
        try {
            JsonNode node = EventJson.mapper().readTree(line);
            assertThat(node.isObject()).as("%s logged %s", service, line).isTrue();
            return node;
        } catch (IOException e) {
            throw new AssertionError(service + " logged a line that is not JSON: " + line, e);
        }
    }
}
