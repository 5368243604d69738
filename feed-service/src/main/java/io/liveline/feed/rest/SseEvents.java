package io.liveline.feed.rest;

import io.liveline.feed.config.FeedConfig;
import io.liveline.feed.service.FeedEvent;
import io.liveline.feed.service.FeedStreams;
import io.liveline.feed.service.SlowClientException;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;

/** Turns a feed change stream into SSE: events with id, name and retry hint, plus heartbeat comments. */
@ApplicationScoped
public class SseEvents {

    private final FeedStreams streams;
    private final SseMetrics metrics;
    private final FeedConfig config;

    public SseEvents(FeedStreams streams, SseMetrics metrics, FeedConfig config) {
        this.streams = streams;
        this.metrics = metrics;
        this.config = config;
    }

    /** The SSE stream of one live blog, or of all when {@code liveblogId} is null, after checking the parameters. */
    Multi<OutboundSseEvent> stream(String liveblogId, String lastEventIdHeader, String lastEventId, String person,
            String country, String organisation, String topic, Sse sse) {
        Long resumeAfter = QueryParameters.lastEventId(lastEventIdHeader, lastEventId);
        Multi<OutboundSseEvent> events = streams
                .follow(liveblogId, QueryParameters.filter(person, country, organisation, topic), resumeAfter)
                .onSubscription().invoke(() -> metrics.opened(resumeAfter != null))
                .onTermination().invoke(metrics::closed)
                .onFailure(SlowClientException.class).invoke(metrics::slowClient)
                .onItem().invoke(metrics::delivered)
                .map(event -> toSse(event, sse));
        // The first heartbeat goes out at once, so clients and proxies see the stream open.
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks()
                .startingAfter(Duration.ofMillis(1)).every(config.heartbeat())
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        return Multi.createBy().merging().streams(events, heartbeats);
    }

    private OutboundSseEvent toSse(FeedEvent event, Sse sse) {
        return sse.newEventBuilder()
                .id(Long.toString(event.seq()))
                .name(event.type())
                .reconnectDelay(config.reconnectDelay().toMillis())
                .data(event.data())
                .build();
    }
}
