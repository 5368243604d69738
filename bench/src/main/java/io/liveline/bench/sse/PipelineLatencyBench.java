package io.liveline.bench.sse;

import io.liveline.bench.BenchServices;
import io.liveline.bench.ProcessMeter;
import io.liveline.devstack.KafkaBroker;
import io.liveline.devstack.Postgres;
import io.liveline.devstack.ServiceProcess;
import io.liveline.events.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * End-to-end latency across the whole pipeline: updates POSTed to ingest-service at a fixed rate,
 * tagged by enrich-service, stored and streamed by feed-service (the three packaged services, each
 * its own JVM, on the devstack broker and database), received by N SSE subscribers of the live
 * blog. Each update's headline carries its scheduled send time ({@code t=<nanoTime>}), so latency
 * is SSE receipt minus the time the POST was due, stalls of the sender included.
 *
 * <p>Arguments: {@code <repo root> <subscribers> <updates per second> <seconds>}, e.g. {@code .. 1000 100 20}.
 * The services run with deploy/local/run's JVM settings; system properties {@code bench.ingest.jvm},
 * {@code bench.enrich.jvm}, {@code bench.feed.jvm} add JVM options to that service (for profiling).
 */
public final class PipelineLatencyBench {

    private static final int WARM_UP_SECONDS = 30;

    private static final String BLOG = "bench-live";
    private static final String KEY = "bench-key";
    /** In the order they are started. */
    private static final List<String> SERVICES = List.of("ingest-service", "enrich-service", "feed-service");

    private PipelineLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "..");
        int subscribers = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        List<ServiceProcess> services = new ArrayList<>();
        try (KafkaBroker kafka = KafkaBroker.start(); Postgres postgres = Postgres.start()) {
            kafka.createTopics(List.of(Topics.RAW, Topics.ENRICHED, Topics.DLQ));
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(KEY.getBytes(StandardCharsets.UTF_8)));
            ServiceProcess ingest = start(services, root, "ingest-service", kafka, Map.of(
                    "liveline.ingest.api-keys", "bench:" + hash + ":bench-*",
                    "liveline.ingest.rate-limit-per-second", "1000000", "liveline.ingest.rate-limit-burst", "1000000"));
            start(services, root, "enrich-service", kafka, Map.of());
            ServiceProcess feed = start(services, root, "feed-service", kafka, postgres.quarkusSettings());
            for (ServiceProcess service : services) {
                service.awaitReady(Duration.ofSeconds(120));
            }
            String url = feed.url() + "/v1/liveblogs/" + BLOG + "/events";
            try (SseLoadClient client = new SseLoadClient(subscribers)) {
                client.connect(url, subscribers).get(120, TimeUnit.SECONDS);
                /*
                 * The same load first, unmeasured, for WARM_UP_SECONDS: three fresh JVMs share two
                 * cores and run interpreted until their JIT has seen a few thousand updates. With 5 s
                 * the measured run was still catching up (p50 9 s at 100/s); warm, the pipeline holds
                 * 100/s with about 0.1 s from POST to stored row.
                 */
                Poster warming = new Poster(ingest.url());
                postAtRate(warming, rate, WARM_UP_SECONDS * rate, -1);
                SseFanoutBench.awaitQuiet(client, warming.accepted() * client.open());
                client.takeLatencies();
                long receivedBefore = client.received();
                long[] cpuBefore = services.stream().mapToLong(service -> ProcessMeter.cpuNanos(service.handle())).toArray();
                long clientCpu = client.eventLoopCpuNanos();
                long processCpu = ProcessMeter.cpuNanos(ProcessHandle.current());
                long start = System.nanoTime();
                Poster poster = new Poster(ingest.url());
                postAtRate(poster, rate, rate * seconds, 0);
                long expected = receivedBefore + poster.accepted() * client.open();
                SseFanoutBench.awaitQuiet(client, expected);
                // Where the CPU went, as a share of one core from the first POST to the last receipt.
                double elapsed = System.nanoTime() - start;
                StringBuilder cpu = new StringBuilder();
                for (int i = 0; i < services.size(); i++) {
                    cpu.append(String.format(" %s %.0f%%", SERVICES.get(i),
                            100.0 * (ProcessMeter.cpuNanos(services.get(i).handle()) - cpuBefore[i]) / elapsed));
                }
                // This JVM holds the SSE client, the poster and the broker; the database and services are its children.
                cpu.append(String.format(" | SSE client %.0f%% | all of it (services, broker, database, client) %.0f%%",
                        100.0 * (client.eventLoopCpuNanos() - clientCpu) / elapsed,
                        100.0 * (ProcessMeter.cpuNanos(ProcessHandle.current()) - processCpu) / elapsed));
                Histogram latency = client.takeLatencies();
                System.out.println("| subscribers | updates/s | accepted | failed | p50 ms | p99 ms | max ms | lost |");
                System.out.println("|---|---|---|---|---|---|---|---|");
                System.out.printf("| %d (%d open) | %d | %d | %d | %.1f | %.1f | %.1f | %d |%n", subscribers, client.open(), rate,
                        poster.accepted(), poster.failed(), latency.getValueAtPercentile(50) / 1000.0,
                        latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0,
                        Math.max(0, expected - client.received()));
                PipelineStages stages = new PipelineStages();
                stages.read(postgres, BLOG, start);
                System.out.println();
                System.out.println("| stage of the measured updates | updates | p50 ms | p99 ms | max ms |");
                System.out.println("|---|---|---|---|---|");
                System.out.print(stages.rows());
                System.out.printf("%nCPU:%s%n%s, %d cores%n", cpu, LocalDate.now(), Runtime.getRuntime().availableProcessors());
            }
        } finally {
            for (ServiceProcess service : services) {
                service.close();
            }
        }
    }

    /**
     * Posts {@code count} updates at {@code rate} a second, stamped with their due time and numbered
     * from {@code first} (down when negative, for the warm-up); returns once all are answered.
     */
    private static void postAtRate(Poster poster, int rate, int count, int first) throws InterruptedException {
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            long due = start + n * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            sent.add(poster.post(first < 0 ? first - n : first + n, due));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    }

    private static ServiceProcess start(List<ServiceProcess> services, Path root, String name, KafkaBroker kafka,
            Map<String, String> settings) throws Exception {
        List<String> jvm = new ArrayList<>(BenchServices.LOCAL_RUN_JVM);
        // As in SseFanoutBench: bench.<service name>.jvm adds JVM options, such as a flight recording.
        String extra = System.getProperty("bench." + name.replace("-service", "") + ".jvm", "").strip();
        if (!extra.isEmpty()) {
            jvm.addAll(List.of(extra.split("\\s+")));
        }
        return BenchServices.start(services, root, name, jvm, kafka, settings);
    }

    /** Posts ~500-byte updates to ingest-service over the JDK client, counting the 202s. */
    private static final class Poster {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final URI endpoint;
        private final AtomicLong accepted = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();

        Poster(String ingestUrl) {
            endpoint = URI.create(ingestUrl + "/v1/liveblogs/" + BLOG + "/updates");
        }

        CompletableFuture<?> post(int n, long dueNanos) {
            String json = "{\"headline\":\"t=" + dueNanos + "\",\"body\":\"" + EventPublisher.body(n) + "\"}";
            HttpRequest request = HttpRequest.newBuilder(endpoint).header("Authorization", "Bearer " + KEY)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
            return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
                (error == null && response.statusCode() == 202 ? accepted : failed).incrementAndGet();
                return null;
            });
        }

        long accepted() {
            return accepted.get();
        }

        long failed() {
            return failed.get();
        }
    }
}
