package io.liveline.feed.rest;

import io.liveline.feed.live.FeedSink;
import io.liveline.feed.live.LiveJoin;
import io.liveline.feed.live.SlowClientException;
import io.liveline.feed.live.SseFrames;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.lang.ref.Reference;
import java.time.Duration;

/**
 * One open SSE response: writes each event's shared frame, sends heartbeat comments, and cuts off a
 * client that lets more than a bounded number of events pile up behind a full socket (it resumes
 * from its last event id). On HTTP/1.1, events go to the socket as pre-encoded chunks
 * ({@link Http1ChunkWriter}); the head, heartbeats and the end go through the response, so that
 * Vert.x's state and its idle timeout stay right. Everything here runs on the connection's event loop.
 */
final class SseConnection implements FeedSink {

    private static final Buffer HEARTBEAT = Buffer.buffer(":heartbeat\n\n");

    private final HttpServerResponse response;
    /** Null when events go through the response. */
    private final Http1ChunkWriter chunks;
    private final SseMetrics metrics;
    private final Vertx vertx;
    private final int backlogLimit;
    private final long heartbeatTimer;
    /** Events written since the socket's write queue last filled up; reset when it drains. */
    private int backlog;
    private LiveJoin join;
    private boolean ended;
    /** Waits for the socket to drain; see whenWritable. */
    private Runnable onDrain;

    SseConnection(HttpServerRequest request, SseMetrics metrics, Vertx vertx, Duration heartbeat, Duration retry, int backlogLimit) {
        this.response = request.response();
        this.metrics = metrics;
        this.vertx = vertx;
        this.backlogLimit = backlogLimit;
        response.setChunked(true)
                .putHeader("Content-Type", "text/event-stream")
                .putHeader("Cache-Control", "no-cache")
                // The first bytes go out at once, so clients and proxies see the stream open.
                .write(Buffer.buffer(":heartbeat\nretry: " + retry.toMillis() + "\n\n"));
        chunks = Http1ChunkWriter.of(request);
        metrics.streamWrites(chunks != null);
        heartbeatTimer = vertx.setPeriodic(heartbeat.toMillis(), id -> {
            if (!response.writeQueueFull()) {
                response.write(HEARTBEAT, null);
            }
        });
        response.drainHandler(ignored -> drained());
        response.closeHandler(ignored -> end());
    }

    /** The stream this connection carries, cancelled when the connection ends. */
    void carry(LiveJoin join) {
        this.join = join;
    }

    @Override
    public void send(SseFrames frames, int events) {
        // Whether the write queue is full is asked after the write, whose connection state is then
        // at hand: asked before, it costs a lookup per subscriber and event (bench/HISTORY.md). Past
        // the socket's write queue, each waiting write costs only a reference to shared frames, so
        // the bound is in events, as the stream-buffer setting says.
        boolean full;
        WireFrames wire = WireFrames.of(frames);
        if (chunks != null) {
            full = !chunks.write(wire.chunk());
            // The pooled chunk is released once its frames are unreachable: not before this write holds its own reference.
            Reference.reachabilityFence(frames);
        } else {
            // No completion handler: a promise and listener per write and subscriber cost more than the write.
            response.write(wire.frames(), null);
            full = response.writeQueueFull();
        }
        metrics.delivered(events);
        if (full) {
            backlog += events;
            if (backlog > backlogLimit) {
                close(new SlowClientException("more than " + backlogLimit + " events waiting"));
            }
        }
    }

    @Override
    public void whenWritable(Runnable then) {
        boolean writable = chunks != null ? chunks.writable() : !response.writeQueueFull();
        if (writable) {
            then.run();
        } else {
            onDrain = then;
        }
    }

    private void drained() {
        backlog = 0;
        Runnable then = onDrain;
        onDrain = null;
        if (then != null && !ended) {
            then.run();
        }
    }

    @Override
    public void close(Throwable reason) {
        if (reason instanceof SlowClientException) {
            metrics.slowClient();
        }
        // Closing ends the stream; the client resumes from the last id it received. A reset
        // response no longer hears of its connection closing, so it is ended here too.
        response.reset();
        end();
    }

    private void end() {
        if (ended) {
            return;
        }
        ended = true;
        vertx.cancelTimer(heartbeatTimer);
        metrics.closed();
        if (join != null) {
            join.cancel();
        }
    }
}
