package io.liveline.feed.rest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * What operators watch on the SSE side: open streams, events written, resumes, and clients cut off for being slow.
 * Created at start-up, not by the first stream: a new pod publishes zero open streams at once, which the
 * autoscaler needs.
 */
@Startup
@ApplicationScoped
public class SseMetrics {

    private final AtomicInteger open = new AtomicInteger();
    /** Added to once per write of each stream: a plain adder, read when the metric is scraped. */
    private final LongAdder delivered = new LongAdder();
    private final Counter resumes;
    private final Counter slowClients;
    private final Counter chunkStreams;
    private final Counter responseStreams;

    public SseMetrics(MeterRegistry registry) {
        registry.gauge("liveline.feed.sse.connections", open);
        // A function counter: a Prometheus counter looks up the trace context for an exemplar on
        // every increment, once per subscriber and event (its cost: bench/HISTORY.md).
        FunctionCounter.builder("liveline.feed.sse.events.delivered", delivered, LongAdder::sum)
                .description("update and delete events handed to SSE connections").register(registry);
        resumes = Counter.builder("liveline.feed.sse.resumes")
                .description("SSE connections that resumed with Last-Event-ID").register(registry);
        slowClients = Counter.builder("liveline.feed.sse.slow.client.disconnects")
                .description("SSE connections closed because the client could not keep up").register(registry);
        chunkStreams = streams(registry, "chunks");
        responseStreams = streams(registry, "response");
    }

    private static Counter streams(MeterRegistry registry, String writes) {
        return Counter.builder("liveline.feed.sse.streams").tag("writes", writes)
                .description("SSE streams opened, by how events are written: HTTP/1.1 chunks straight to the socket, "
                        + "or through the Vert.x response (HTTP/2, compression)")
                .register(registry);
    }

    void opened(boolean resuming) {
        open.incrementAndGet();
        if (resuming) {
            resumes.increment();
        }
    }

    void streamWrites(boolean chunks) {
        (chunks ? chunkStreams : responseStreams).increment();
    }

    void closed() {
        open.decrementAndGet();
    }

    void delivered(int events) {
        delivered.add(events);
    }

    void slowClient() {
        slowClients.increment();
    }
}
