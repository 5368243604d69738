package io.liveline.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import io.liveline.events.EventJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A newsroom system posting steadily through whatever happens to the pipeline: one update per
 * tick, over a few live blogs, each with its own id and {@code Idempotency-Key}. An update that is
 * not answered 202 (a 503, a refused or cut connection, a timeout) is sent again, same id and key,
 * on the next tick, as a well-behaved client retries. What was acknowledged, and at which
 * version, is what the feed must end up with.
 */
final class ChaosNewsroom implements AutoCloseable {

    static final String[] BLOGS = {"chaos-north-live", "chaos-east-live", "chaos-south-live"};

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final Supplier<String> ingestUrl;
    private final String apiKey;
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
    private final Deque<Integer> unanswered = new ArrayDeque<>();
    private final AtomicInteger next = new AtomicInteger();
    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger failedAttempts = new AtomicInteger();

    ChaosNewsroom(Supplier<String> ingestUrl, String apiKey, Duration tick) {
        this.ingestUrl = ingestUrl;
        this.apiKey = apiKey;
        ticks.scheduleWithFixedDelay(this::tick, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        Integer n = unanswered.pollFirst();
        if (n == null) {
            n = next.getAndIncrement();
        }
        String blog = BLOGS[n % BLOGS.length];
        String id = "c" + n;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl.get() + "/v1/liveblogs/" + blog + "/updates"))
                    .timeout(Duration.ofSeconds(15))
                    .header("Authorization", "Bearer " + apiKey).header("Content-Type", "application/json")
                    .header("Idempotency-Key", id)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"" + id + "\", \"headline\": \"Chaos " + n
                            + "\", \"body\": \"<p>Update " + n + " of the chaos run.</p>\"}"))
                    .build();
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 202) {
                JsonNode body = EventJson.mapper().readTree(answer.body());
                acknowledged.merge(blog + "/" + id, body.path("version").asLong(), Math::max);
                return;
            }
        } catch (IOException e) {
            // refused, cut or timed out: nothing is known, so the update is sent again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        failedAttempts.incrementAndGet();
        unanswered.addFirst(n);
    }

    /** {@code liveblog/id} to the highest version a 202 acknowledged. */
    Map<String, Long> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    int failedAttempts() {
        return failedAttempts.get();
    }

    /** Stops posting and waits for a request in flight, so {@link #acknowledged()} is final. */
    @Override
    public void close() throws InterruptedException {
        ticks.shutdown();
        ticks.awaitTermination(30, TimeUnit.SECONDS);
    }
}
