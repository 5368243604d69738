package io.liveline.bench.pipeline;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Pipeline throughput, from ingest's first POST to the feed's database, over the whole stack as
 * {@code deploy/local/run} starts it (a devstack broker and PostgreSQL, the three packaged services
 * with its JVM settings, each its own process), on free ports:
 *
 * <ol>
 *   <li>sustained: {@code updates} ~1 KB updates POSTed as NDJSON batches as fast as ingest takes
 *       them, timed until the feed has stored the last;
 *   <li>catch-up: feed-service stopped, {@code updates} more POSTed and tagged onto the enriched
 *       topic, then feed-service started again, timed until it has stored them all.
 * </ol>
 * A warm-up of the same kind, unmeasured, comes first: the JVMs are fresh. Each run also reports
 * the CPU time each process spent per update (the broker runs inside this JVM, with the load
 * client), which holds on a shared machine where the wall-clock rates do not.
 *
 * <p>Arguments: {@code <repo root> <updates>}, e.g. {@code . 100000}. Compare two builds by
 * pointing the root at each, in one session on one machine.
 */
public final class PipelineThroughputBench {

    private static final String KEY = "bench-key";
    private static final int BLOGS = 8;
    private static final int LINES_PER_BATCH = 500;
    private static final int CONNECTIONS = 4;
    private static final Pattern COUNT = Pattern.compile("\"updates\":(\\d+)");

    private PipelineThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        int updates = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
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
                service.awaitReady(Duration.ofSeconds(180));
            }
            Poster poster = new Poster(ingest.url());
            int warmUp = Math.min(updates, 20_000);
            poster.post(0, warmUp);
            awaitStored(feed, warmUp);

            ProcessHandle database = ProcessMeter.postmaster(postgres);
            long[] cpuBefore = cpu(services, database);
            long start = System.nanoTime();
            poster.post(warmUp, updates);
            double postedSeconds = seconds(start);
            awaitStored(feed, warmUp + updates);
            double storedSeconds = seconds(start);
            long[] sustainedCpu = minus(cpu(services, database), cpuBefore);

            feed.close();
            services.remove(feed);
            poster.post(warmUp + updates, updates);
            long queued = 2L * updates + warmUp;
            awaitEnriched(kafka, queued);
            long restart = System.nanoTime();
            feed = start(services, root, "feed-service", kafka, postgres.quarkusSettings());
            feed.awaitReady(Duration.ofSeconds(180));
            double readySeconds = seconds(restart);
            cpuBefore = cpu(services, database);
            awaitStored(feed, queued);
            double caughtUpSeconds = seconds(restart);
            long[] catchUpCpu = minus(cpu(services, database), cpuBefore);

            System.out.println("| run | updates | seconds | updates/s |");
            System.out.println("|---|---|---|---|");
            System.out.printf("| sustained, POST to stored (all POSTed after %.1f s) | %d | %.1f | %.0f |%n", postedSeconds, updates,
                    storedSeconds, updates / storedSeconds);
            System.out.printf("| catch-up, feed-service start to stored (ready after %.1f s) | %d | %.1f | %.0f |%n", readySeconds,
                    updates, caughtUpSeconds, updates / caughtUpSeconds);
            System.out.printf("| catch-up after ready | %d | %.1f | %.0f |%n", updates, caughtUpSeconds - readySeconds,
                    updates / (caughtUpSeconds - readySeconds));
            System.out.println();
            System.out.println("| CPU per update, µs | ingest | enrich | feed | PostgreSQL | broker and load client | all |");
            System.out.println("|---|---|---|---|---|---|---|");
            System.out.println(cpuRow("sustained", sustainedCpu, updates));
            System.out.println(cpuRow("catch-up after ready", catchUpCpu, updates));
            System.out.printf("%n%s, %d cores, load average %s%n", Instant.now(), Runtime.getRuntime().availableProcessors(),
                    Files.readString(Path.of("/proc/loadavg")).strip());
        } finally {
            for (ServiceProcess service : services) {
                service.close();
            }
        }
    }

    /** CPU nanoseconds so far of ingest, enrich, feed (in start order), PostgreSQL and this JVM. */
    private static long[] cpu(List<ServiceProcess> services, ProcessHandle database) {
        long[] cpu = new long[services.size() + 2];
        for (int i = 0; i < services.size(); i++) {
            cpu[i] = ProcessMeter.cpuNanos(services.get(i).handle());
        }
        cpu[services.size()] = ProcessMeter.cpuNanos(database);
        cpu[services.size() + 1] = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
        return cpu;
    }

    private static long[] minus(long[] after, long[] before) {
        long[] spent = new long[after.length];
        for (int i = 0; i < after.length; i++) {
            spent[i] = after[i] - before[i];
        }
        return spent;
    }

    private static String cpuRow(String run, long[] spent, int updates) {
        StringBuilder row = new StringBuilder("| ").append(run).append(" |");
        long all = 0;
        for (long nanos : spent) {
            row.append(String.format(" %.0f |", nanos / 1e3 / updates));
            all += nanos;
        }
        return row.append(String.format(" %.0f |", all / 1e3 / updates)).toString();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Waits until the feed's index counts {@code expected} updates over all live blogs. */
    private static void awaitStored(ServiceProcess feed, long expected) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest index = HttpRequest.newBuilder(URI.create(feed.url() + "/v1/liveblogs?limit=" + BLOGS)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        long stored = 0;
        while (stored < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + stored + " of " + expected + " updates stored after 10 minutes");
            }
            Thread.sleep(100);
            String body = http.send(index, HttpResponse.BodyHandlers.ofString()).body();
            stored = 0;
            for (Matcher count = COUNT.matcher(body); count.find(); ) {
                stored += Long.parseLong(count.group(1));
            }
        }
    }

    /** Waits until enrich-service has put {@code expected} records on the enriched topic. */
    private static void awaitEnriched(KafkaBroker kafka, long expected) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            for (int p = 0; p < KafkaBroker.PARTITIONS; p++) {
                ends.put(new TopicPartition(Topics.ENRICHED, p), OffsetSpec.latest());
            }
            long records = 0;
            while (records < expected) {
                Thread.sleep(200);
                // Transaction markers take an offset each, so this errs on the side of waiting.
                records = admin.listOffsets(ends).all().get().values().stream().mapToLong(info -> info.offset()).sum();
            }
            Thread.sleep(2000);
        }
    }

    private static ServiceProcess start(List<ServiceProcess> services, Path root, String name, KafkaBroker kafka,
            Map<String, String> settings) throws Exception {
        return BenchServices.start(services, root, name, BenchServices.LOCAL_RUN_JVM, kafka, settings);
    }

    /** Posts ~1 KB updates in NDJSON batches over a few connections, each sending its next batch once one is answered. */
    private static final class Poster {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final String ingestUrl;

        Poster(String ingestUrl) {
            this.ingestUrl = ingestUrl;
        }

        /** Posts updates numbered {@code first} to {@code first + count - 1}; returns once every line was published. */
        void post(int first, int count) {
            AtomicInteger next = new AtomicInteger();
            int batches = (count + LINES_PER_BATCH - 1) / LINES_PER_BATCH;
            List<CompletableFuture<Void>> connections = new ArrayList<>();
            for (int c = 0; c < CONNECTIONS; c++) {
                connections.add(CompletableFuture.runAsync(() -> {
                    for (int batch = next.getAndIncrement(); batch < batches; batch = next.getAndIncrement()) {
                        int from = first + batch * LINES_PER_BATCH;
                        send(from, Math.min(first + count, from + LINES_PER_BATCH));
                    }
                }));
            }
            CompletableFuture.allOf(connections.toArray(CompletableFuture[]::new)).join();
        }

        /** One batch, all lines of one live blog, retried until every line is published. */
        private void send(int from, int to) {
            StringBuilder lines = new StringBuilder();
            for (int n = from; n < to; n++) {
                lines.append("{\"id\":\"u").append(n).append("\",\"headline\":\"Update ").append(n).append("\",\"body\":\"")
                        .append(body(n)).append("\"}\n");
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/v1/liveblogs/bench-" + (from / LINES_PER_BATCH) % BLOGS
                            + "/updates:batch"))
                    .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(lines.toString())).build();
            for (int attempt = 0; ; attempt++) {
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && !response.body().contains("\"status\":503")) {
                        if (response.body().contains("\"status\":400")) {
                            throw new IllegalStateException("ingest refused a line: " + response.body());
                        }
                        return;
                    }
                } catch (java.io.IOException e) {
                    if (attempt > 5) {
                        throw new IllegalStateException(e);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }

        /** About 1 KB of HTML: a paragraph that names its number, so no two bodies are equal. */
        private static String body(int n) {
            return "<p>Update " + n + ": " + "Ministers met again this morning to discuss the grain corridor and the ports. ".repeat(12)
                    + "</p>";
        }
    }
}
