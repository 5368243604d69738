package io.liveline.feed.rest;

import io.liveline.feed.service.FeedEvent;
import io.liveline.feed.service.SlowClientException;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.time.Duration;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One open SSE response fed by a change stream: writes each event's shared frame, asks for the
 * next only while the socket keeps up (so a slow client's events wait in the stream's bounded
 * buffer, which cuts it off when full), and sends heartbeat comments.
 */
final class SseConnection implements Flow.Subscriber<FeedEvent> {

    private static final Buffer HEARTBEAT = Buffer.buffer(":heartbeat\n\n");

    private final HttpServerResponse response;
    private final SseMetrics metrics;
    private final Vertx vertx;
    private final long heartbeatTimer;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile Flow.Subscription subscription;

    SseConnection(HttpServerResponse response, SseMetrics metrics, Vertx vertx, Duration heartbeat, Duration retry) {
        this.response = response;
        this.metrics = metrics;
        this.vertx = vertx;
        response.setChunked(true)
                .putHeader("Content-Type", "text/event-stream")
                .putHeader("Cache-Control", "no-cache")
                // The first bytes go out at once, so clients and proxies see the stream open.
                .write(Buffer.buffer(":heartbeat\nretry: " + retry.toMillis() + "\n\n"));
        heartbeatTimer = vertx.setPeriodic(heartbeat.toMillis(), id -> {
            if (!response.writeQueueFull()) {
                response.write(HEARTBEAT);
            }
        });
        response.closeHandler(ignored -> end());
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(FeedEvent event) {
        response.write(event.frame());
        metrics.delivered();
        if (response.writeQueueFull()) {
            response.drainHandler(ignored -> subscription.request(1));
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onError(Throwable failure) {
        if (failure instanceof SlowClientException) {
            metrics.slowClient();
        }
        // Closing ends the stream; the client resumes from the last id it received. A reset
        // response no longer hears of its connection closing, so it is ended here too.
        response.reset();
        end();
    }

    @Override
    public void onComplete() {
        response.end();
        end();
    }

    private void end() {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        vertx.cancelTimer(heartbeatTimer);
        metrics.closed();
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }
}
