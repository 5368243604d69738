package io.liveline.bench.ingest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP load on ingest-service with keep-alive connections: closed-loop (as fast as a fixed number
 * of requests in flight allow) for throughput, open-loop (a fixed arrival rate, latency counted
 * from each request's scheduled time, so a stall is not hidden) for latency.
 */
final class IngestLoad {

    /** What one run measured. */
    record Result(long accepted, long failed, double seconds, Latencies latencies) {
        double acceptedPerSecond() {
            return accepted / seconds;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI endpoint;
    private final String apiKey;
    private final String body;

    IngestLoad(String baseUrl, String liveblogId, String apiKey, int bodyBytes) {
        this.endpoint = URI.create(baseUrl + "/v1/liveblogs/" + liveblogId + "/updates");
        this.apiKey = apiKey;
        // About bodyBytes of JSON: a paragraph of plain words, as a live post is.
        String words = "Rescue teams reached the coastal towns overnight as aftershocks continued. ";
        StringBuilder paragraph = new StringBuilder();
        while (paragraph.length() < bodyBytes - 40) {
            paragraph.append(words);
        }
        this.body = "{\"body\": \"<p>" + paragraph.substring(0, bodyBytes - 40) + "</p>\"}";
    }

    Result closedLoop(int inFlight, Duration duration) throws InterruptedException {
        Semaphore slots = new Semaphore(inFlight);
        Latencies latencies = new Latencies();
        AtomicLong accepted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        while (System.nanoTime() < end) {
            slots.acquire();
            send(System.nanoTime(), latencies, accepted, failed).whenComplete((ok, error) -> slots.release());
        }
        slots.acquire(inFlight);
        return new Result(accepted.get(), failed.get(), (System.nanoTime() - start) / 1e9, latencies);
    }

    Result openLoop(int perSecond, Duration duration) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong accepted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long interval = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        long total = duration.toSeconds() * perSecond;
        CompletableFuture<?>[] sent = new CompletableFuture<?>[(int) total];
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            sent[i] = send(scheduled, latencies, accepted, failed);
        }
        CompletableFuture.allOf(sent).join();
        return new Result(accepted.get(), failed.get(), (System.nanoTime() - start) / 1e9, latencies);
    }

    private CompletableFuture<?> send(long startedNanos, Latencies latencies, AtomicLong accepted, AtomicLong failed) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error == null && response.statusCode() == 202) {
                accepted.incrementAndGet();
                latencies.record((System.nanoTime() - startedNanos) / 1000);
            } else {
                failed.incrementAndGet();
            }
        });
    }
}
