package io.liveline.bench.sse;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * SSE fan-out, feed-service beside nginx + nchan in one run: for each subscriber count, the same
 * load client follows one live blog on each server while ~500-byte events are published at a
 * fixed rate, and reports delivery latency, loss and memory per connection.
 *
 * <p>Arguments: {@code <repo root> <subscribers,...> <events per second> <seconds> [servers]}, e.g.
 * {@code .. 1000,5000,10000 10 20}; {@code servers} is {@code nchan,feed} unless given (one of them
 * alone is for profiling, not for figures). System property {@code bench.feed.jvm} adds JVM options
 * to feed-service, such as {@code -XX:StartFlightRecording=...}.
 */
public final class SseFanoutBench {

    /** Seconds of the measured load given first, unmeasured; {@code -Dbench.warm.seconds} sets it. */
    private static final int WARM_SECONDS = Integer.getInteger("bench.warm.seconds", 5);

    private SseFanoutBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "..");
        int[] counts = java.util.Arrays.stream((args.length > 1 ? args[1] : "1000").split(",")).mapToInt(Integer::parseInt).toArray();
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        List<String> servers = List.of((args.length > 4 ? args[4] : "nchan,feed").split(","));
        List<String> rows = new ArrayList<>();
        rows.add("| server | subscribers | events/s | p50 ms | p99 ms | max ms | lost | KB/connection | server CPU % | client CPU % |");
        rows.add("|---|---|---|---|---|---|---|---|---|---|");
        for (int subscribers : counts) {
            if (servers.contains("nchan")) {
                try (ServerUnderTest nchan = new NchanServer()) {
                    rows.add(run(nchan, subscribers, rate, seconds));
                }
            }
            if (servers.contains("feed")) {
                try (ServerUnderTest feed = new FeedServer(root, "1g")) {
                    rows.add(run(feed, subscribers, rate, seconds));
                }
            }
            System.out.println(String.join("\n", rows));
        }
        System.out.printf("%n%s, %d cores, %s%n", LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    private static String run(ServerUnderTest server, int subscribers, int rate, int seconds) throws Exception {
        // Warm the path once (first connection, first query, JIT) before anything is measured.
        try (SseLoadClient warm = new SseLoadClient(1); EventPublisher publisher = server.publisher()) {
            warm.connect(server.subscribeUrl(), 1).get(30, TimeUnit.SECONDS);
            for (int i = 0; i < 20; i++) {
                publisher.publish(-1 - i, System.nanoTime());
            }
            awaitQuiet(warm, 20);
        }
        long before = server.residentBytes();
        try (SseLoadClient client = new SseLoadClient(subscribers); EventPublisher publisher = server.publisher()) {
            client.connect(server.subscribeUrl(), subscribers).get(120, TimeUnit.SECONDS);
            long perConnection = (server.residentBytes() - before) / Math.max(1, client.open());
            // Then the real fan-out for a few seconds, unmeasured, so the JIT has compiled it and
            // the heap has settled: the figures are of the steady state, for a C server as for a JVM.
            publishAtRate(publisher, rate, WARM_SECONDS * rate, -100);
            awaitQuiet(client, (long) WARM_SECONDS * rate * client.open());
            client.takeLatencies();
            long receivedBefore = client.received();
            long serverCpu = server.cpuNanos();
            long clientCpu = client.eventLoopCpuNanos();
            long start = System.nanoTime();
            int published = publishAtRate(publisher, rate, rate * seconds, 0);
            long expected = receivedBefore + (long) published * client.open();
            awaitQuiet(client, expected);
            // CPU as a share of one core over the run, from the first publication to the last receipt.
            double elapsed = System.nanoTime() - start;
            double serverShare = 100.0 * (server.cpuNanos() - serverCpu) / elapsed;
            double clientShare = 100.0 * (client.eventLoopCpuNanos() - clientCpu) / elapsed;
            Histogram latency = client.takeLatencies();
            return String.format("| %s | %d (%d open, %d failed) | %d | %.1f | %.1f | %.1f | %d | %.1f | %.0f | %.0f |", server.name(),
                    subscribers, client.open(), client.failed(), rate, latency.getValueAtPercentile(50) / 1000.0,
                    latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0,
                    Math.max(0, expected - client.received()), perConnection / 1024.0, serverShare, clientShare);
        }
    }

    /**
     * Publishes {@code count} events at {@code rate} a second, numbered from {@code first} down
     * when it is negative (warm-up), up otherwise; returns how many it published.
     */
    private static int publishAtRate(EventPublisher publisher, int rate, int count, int first) throws Exception {
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        for (int i = 0; i < count; i++) {
            long wait = start + i * interval - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            publisher.publish(first < 0 ? first - i : first + i, System.nanoTime());
        }
        return count;
    }

    /** Waits until everything expected arrived, or nothing more arrives for 5 s. */
    static void awaitQuiet(SseLoadClient client, long expected) throws InterruptedException {
        long last = -1;
        long quietSince = System.nanoTime();
        while (client.received() < expected && System.nanoTime() - quietSince < TimeUnit.SECONDS.toNanos(5)) {
            if (client.received() != last) {
                last = client.received();
                quietSince = System.nanoTime();
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    static void awaitPort(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
        throw new IllegalStateException("nothing listens on port " + port);
    }
}
