package io.liveline.feed.rest;

import io.liveline.events.EventJson;
import io.liveline.events.Problem;
import io.liveline.feed.config.FeedConfig;
import io.liveline.feed.live.FeedStreams;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * The SSE endpoints, {@code /v1/liveblogs/{liveblogId}/events} and {@code /v1/events}, as plain
 * Vert.x routes: at thousands of subscribers per event, writing one pre-encoded frame to each
 * socket costs a fraction of building and encoding an {@code OutboundSseEvent} per subscriber.
 * Route handlers run on the connection's event loop, which is where its stream is joined.
 * {@code Last-Event-ID} (or {@code ?lastEventId=}) resumes right after that event.
 */
@ApplicationScoped
public class SseRoutes {

    private final FeedStreams streams;
    private final SseMetrics metrics;
    private final FeedConfig config;
    private final Vertx vertx;

    public SseRoutes(FeedStreams streams, SseMetrics metrics, FeedConfig config, Vertx vertx) {
        this.streams = streams;
        this.metrics = metrics;
        this.config = config;
        this.vertx = vertx;
    }

    void register(@Observes Router router) {
        router.get("/v1/liveblogs/:liveblogId/events").handler(request -> follow(request, request.pathParam("liveblogId")));
        router.get("/v1/events").handler(request -> follow(request, null));
    }

    private void follow(RoutingContext request, String liveblogId) {
        try {
            String blog = liveblogId == null ? null : QueryParameters.liveblogId(liveblogId);
            Long resumeAfter = QueryParameters.lastEventId(request.request().getHeader("Last-Event-ID"),
                    request.queryParams().get("lastEventId"));
            var filter = QueryParameters.filter(request.queryParams().get("person"), request.queryParams().get("country"),
                    request.queryParams().get("organisation"), request.queryParams().get("topic"),
                    request.queryParams().get("minScore"));
            metrics.opened(resumeAfter != null);
            SseConnection connection = new SseConnection(request.request(), metrics, vertx, config.heartbeat(),
                    config.reconnectDelay(), config.streamBuffer());
            // On the connection's event loop, where the stream's events will be written.
            connection.carry(streams.follow(blog, filter, resumeAfter, connection));
        } catch (InvalidQueryException e) {
            Problem problem = Problem.of("invalid-query", "The request parameters are not valid", 400,
                    "Fix the parameters listed in 'errors'.", request.request().path()).withErrors(List.of(e.error()));
            request.response().setStatusCode(400).putHeader("Content-Type", Problem.MEDIA_TYPE).end(EventJson.write(problem));
        }
    }
}
