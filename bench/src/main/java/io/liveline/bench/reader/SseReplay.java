package io.liveline.bench.reader;

import io.liveline.devstack.ServiceProcess;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full-history replay over SSE: {@code GET /v1/events} resumed {@code events} ids before the
 * end, read to the last event as fast as the client can, with the feed process's resident memory
 * (from /proc) and heap in use (from its metrics) sampled every 200 ms meanwhile.
 */
final class SseReplay {

    private static final Pattern HEAP = Pattern.compile("^jvm_memory_used_bytes\\{area=\"heap\".*} (\\S+)$", Pattern.MULTILINE);

    private final ServiceProcess feed;
    private final int events;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicLong maxRss = new AtomicLong();
    private final AtomicLong maxHeap = new AtomicLong();

    SseReplay(ServiceProcess feed, int events) {
        this.feed = feed;
        this.events = events;
    }

    String run(long lastSeq) throws Exception {
        long startRss = rss();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(this::sample, 0, 200, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        long received = 0;
        long after = Math.max(0, lastSeq - events);
        HttpRequest request = HttpRequest.newBuilder(URI.create(feed.url() + "/v1/events"))
                .header("Last-Event-ID", Long.toString(after)).build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            long id = after;
            // Scheduled updates leave gaps in the ids: read up to the last one rather than count.
            while (id < lastSeq && (line = lines.readLine()) != null) {
                if (line.startsWith("id:")) {
                    received++;
                    id = Long.parseLong(line.substring(3).strip());
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.shutdownNow();
        int live = http.send(HttpRequest.newBuilder(URI.create(feed.url() + "/q/health/live")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        return String.format("%nSSE replay: %,d events after id %,d in %.1f s (%,.0f events/s); feed RSS %d MB before, at most %d MB"
                + " during; heap in use at most %d MB; /q/health/live %d afterwards, RSS %d MB", received, after, seconds,
                received / seconds, startRss >> 20, maxRss.get() >> 20, maxHeap.get() >> 20, live, rss() >> 20);
    }

    private void sample() {
        try {
            maxRss.accumulateAndGet(rss(), Math::max);
            String metrics = http.send(HttpRequest.newBuilder(URI.create(feed.url() + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            long heap = 0;
            for (Matcher used = HEAP.matcher(metrics); used.find(); ) {
                heap += (long) Double.parseDouble(used.group(1));
            }
            maxHeap.accumulateAndGet(heap, Math::max);
        } catch (Exception e) {
            // a missed sample; the next one comes 200 ms later
        }
    }

    private long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + feed.handle().pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (Exception e) {
            // the process is gone: reported as 0
        }
        return 0;
    }
}
