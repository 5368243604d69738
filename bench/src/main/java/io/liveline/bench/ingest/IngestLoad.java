package io.liveline.bench.ingest;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 keep-alive load on ingest-service from a Vert.x client (the JDK's HttpClient could not
 * produce more than about half the load {@code wrk} does here): closed-loop, as fast as a fixed
 * number of connections allow, for throughput, and open-loop, a fixed arrival rate with latency
 * counted from each request's scheduled time so a stall is not hidden, for latency.
 */
final class IngestLoad implements AutoCloseable {

    /** What one run measured; {@code accepted} counts updates, which a batch request holds many of. */
    record Result(long accepted, long failed, double seconds, Latencies latencies) {
        double acceptedPerSecond() {
            return accepted / seconds;
        }
    }

    private static final Pattern BATCH_ACCEPTED = Pattern.compile("\"accepted\":(\\d+)");

    // One event loop: the client shares two cores with the service and the broker.
    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    private final HttpClient http;
    private final URI base;
    private final String apiKey;
    private final Buffer update;

    /*
     * Requests go to LIVEBLOGS live blogs in turn, as a newsroom runs several at once; with one
     * the service would write a single partition while ProducerPerformance writes all three.
     */
    private static final int LIVEBLOGS = 8;

    IngestLoad(String baseUrl, String apiKey, int bodyBytes, int maxConnections) {
        this.base = URI.create(baseUrl);
        this.apiKey = apiKey;
        // About bodyBytes of JSON: a paragraph of plain words, as a live post is.
        String words = "Rescue teams reached the coastal towns overnight as aftershocks continued. ";
        StringBuilder paragraph = new StringBuilder();
        while (paragraph.length() < bodyBytes - 40) {
            paragraph.append(words);
        }
        this.update = Buffer.buffer("{\"body\": \"<p>" + paragraph.substring(0, bodyBytes - 40) + "</p>\"}");
        this.http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setPipelining(false),
                new PoolOptions().setHttp1MaxSize(maxConnections).setMaxWaitQueueSize(-1));
    }

    /** Single-update POSTs on {@code connections} connections, each sending its next as soon as one is answered. */
    Result closedLoop(int connections, Duration duration) throws InterruptedException {
        return closedLoop(connections, duration, this::post);
    }

    /** NDJSON batches of {@code linesPerBatch} updates on {@code connections} connections. */
    Result closedLoopBatches(int connections, int linesPerBatch, Duration duration) throws InterruptedException {
        Buffer batch = Buffer.buffer();
        for (int i = 0; i < linesPerBatch; i++) {
            batch.appendBuffer(update).appendString("\n");
        }
        return closedLoop(connections, duration, liveblog -> send(liveblog, "updates:batch", "application/x-ndjson", batch)
                .map(body -> {
                    Matcher accepted = BATCH_ACCEPTED.matcher(body);
                    return accepted.find() ? Integer.parseInt(accepted.group(1)) : 0;
                }));
    }

    /** Single-update POSTs at a fixed rate, whatever the answers' latency. */
    Result openLoop(int perSecond, Duration duration) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong accepted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long total = duration.toSeconds() * perSecond;
        long interval = 1_000_000_000L / perSecond;
        CountDownLatch done = new CountDownLatch((int) total);
        long start = System.nanoTime();
        long[] sent = {0};
        // A 1 ms tick sends every request whose time has come, each timed from that time.
        vertx.setPeriodic(1, timer -> {
            long now = System.nanoTime();
            while (sent[0] < total && start + sent[0] * interval <= now) {
                long scheduled = start + sent[0]++ * interval;
                post(liveblog(sent[0])).onComplete(result -> {
                    count(result.succeeded() ? result.result() : 0, scheduled, latencies, accepted, failed);
                    done.countDown();
                });
            }
            if (sent[0] == total) {
                vertx.cancelTimer(timer);
            }
        });
        done.await(duration.toSeconds() + 60, TimeUnit.SECONDS);
        return new Result(accepted.get(), failed.get(), (System.nanoTime() - start) / 1e9, latencies);
    }

    private Result closedLoop(int connections, Duration duration, Request request) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong accepted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        CountDownLatch loops = new CountDownLatch(connections);
        for (int i = 0; i < connections; i++) {
            String liveblog = liveblog(i);
            vertx.runOnContext(ignored -> loop(request, liveblog, end, latencies, accepted, failed, loops));
        }
        loops.await();
        return new Result(accepted.get(), failed.get(), (System.nanoTime() - start) / 1e9, latencies);
    }

    private void loop(Request request, String liveblog, long end, Latencies latencies, AtomicLong accepted, AtomicLong failed,
            CountDownLatch loops) {
        long started = System.nanoTime();
        if (started >= end) {
            loops.countDown();
            return;
        }
        request.send(liveblog).onComplete(result -> {
            count(result.succeeded() ? result.result() : 0, started, latencies, accepted, failed);
            loop(request, liveblog, end, latencies, accepted, failed, loops);
        });
    }

    private static void count(int updates, long startedNanos, Latencies latencies, AtomicLong accepted, AtomicLong failed) {
        if (updates > 0) {
            accepted.addAndGet(updates);
            latencies.record((System.nanoTime() - startedNanos) / 1000);
        } else {
            failed.incrementAndGet();
        }
    }

    /** One request; its future holds how many updates the service accepted (0 on any failure). */
    private interface Request {
        Future<Integer> send(String liveblog);
    }

    private static String liveblog(long n) {
        return "bench-live-" + n % LIVEBLOGS;
    }

    private Future<Integer> post(String liveblog) {
        return send(liveblog, "updates", "application/json", update).map(body -> 1);
    }

    /** Sends a POST and yields the body of a 2xx answer, or fails. */
    private Future<String> send(String liveblog, String path, String contentType, Buffer body) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost(base.getHost())
                .setPort(base.getPort()).setURI("/v1/liveblogs/" + liveblog + "/" + path)
                .addHeader("Authorization", "Bearer " + apiKey).addHeader("Content-Type", contentType);
        return http.request(options)
                .compose(request -> request.send(body))
                .compose(response -> response.body().compose(answer -> response.statusCode() / 100 == 2
                        ? Future.succeededFuture(answer.toString())
                        : Future.failedFuture("HTTP " + response.statusCode())));
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
