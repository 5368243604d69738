package io.liveline.feed.rest;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Server-sent events of one live blog: {@code update} and {@code delete} events, each with an
 * {@code id:} that orders the stream; {@code Last-Event-ID} (or {@code ?lastEventId=}) resumes right after it.
 */
@Path("/v1/liveblogs/{liveblogId}/events")
public class LiveblogEventsResource {

    private final SseEvents events;

    public LiveblogEventsResource(SseEvents events) {
        this.events = events;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Follow one live blog")
    public Multi<OutboundSseEvent> follow(@PathParam("liveblogId") String liveblogId,
            @HeaderParam("Last-Event-ID") String lastEventIdHeader, @QueryParam("lastEventId") String lastEventId,
            @QueryParam("person") String person, @QueryParam("country") String country,
            @QueryParam("organisation") String organisation, @QueryParam("topic") String topic, @Context Sse sse) {
        return events.stream(QueryParameters.liveblogId(liveblogId), lastEventIdHeader, lastEventId,
                person, country, organisation, topic, sse);
    }
}
