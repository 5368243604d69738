package io.liveline.bench.sse;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.HdrHistogram.Recorder;

/**
 * Holds thousands of SSE connections from one process and records, for every event received,
 * how long after its publication it arrived. The publisher writes {@code t=<System.nanoTime()>}
 * into each event and runs in this JVM, so the two clocks are one.
 */
final class SseLoadClient implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final HttpClient http;
    private final Recorder latencies = new Recorder(3);
    private final AtomicLong received = new AtomicLong();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    SseLoadClient(int connections) {
        http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setIdleTimeout(0),
                new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
    }

    /** Opens {@code connections} streams on {@code url}; completes once all answered 200 (or failed). */
    CompletableFuture<Void> connect(String url, int connections) {
        URI uri = URI.create(url);
        CompletableFuture<Void> all = new CompletableFuture<>();
        AtomicInteger pending = new AtomicInteger(connections);
        for (int i = 0; i < connections; i++) {
            RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setHost(uri.getHost())
                    .setPort(uri.getPort()).setURI(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                    .addHeader("Accept", "text/event-stream");
            http.request(request)
                    .compose(req -> req.send())
                    .onSuccess(response -> {
                        open.incrementAndGet();
                        EventScanner scanner = new EventScanner(this::onEvent);
                        response.handler(scanner::feed);
                        if (pending.decrementAndGet() == 0) {
                            all.complete(null);
                        }
                    })
                    .onFailure(e -> {
                        failed.incrementAndGet();
                        if (pending.decrementAndGet() == 0) {
                            all.complete(null);
                        }
                    });
        }
        return all;
    }

    private void onEvent(long sentNanos) {
        latencies.recordValue(Math.max(0, System.nanoTime() - sentNanos) / 1_000);
        received.incrementAndGet();
    }

    int open() {
        return open.get();
    }

    int failed() {
        return failed.get();
    }

    long received() {
        return received.get();
    }

    /**
     * CPU time used so far by the client's event-loop threads, in nanoseconds: shows whether the
     * client, rather than the server, is what limits a run (its threads are this JVM's only Vert.x loops).
     */
    long eventLoopCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("vert.x-eventloop-thread"))
                .mapToLong(thread -> Math.max(0, threads.getThreadCpuTime(thread.getId()))).sum();
    }

    /** Latencies in microseconds since the last call. */
    org.HdrHistogram.Histogram takeLatencies() {
        return latencies.getIntervalHistogram();
    }

    @Override
    public void close() throws Exception {
        http.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /**
     * Cuts one connection's bytes into events and finds the publication time in each one's data
     * ({@code t=<digits>}, the first in the event). It works on the bytes as they come, without
     * decoding text, so that at 100,000 events/s the client costs little of the CPU it shares
     * with the server under test.
     */
    private static final class EventScanner {
        private final LongConsumer onEvent;
        private int previous;
        private boolean inStamp;
        private long stamp;
        private int stampDigits = -1;

        EventScanner(LongConsumer onEvent) {
            this.onEvent = onEvent;
        }

        void feed(Buffer chunk) {
            byte[] bytes = chunk.getBytes();
            for (byte b : bytes) {
                if (inStamp) {
                    if (b >= '0' && b <= '9') {
                        stamp = stamp * 10 + (b - '0');
                        stampDigits++;
                        previous = b;
                        continue;
                    }
                    inStamp = false;
                }
                if (b == '=' && previous == 't' && stampDigits < 0) {
                    inStamp = true;
                    stamp = 0;
                    stampDigits = 0;
                } else if (b == '\n' && previous == '\n') {
                    if (stampDigits > 0) {
                        onEvent.accept(stamp);
                    }
                    stampDigits = -1;
                }
                previous = b;
            }
        }
    }
}
