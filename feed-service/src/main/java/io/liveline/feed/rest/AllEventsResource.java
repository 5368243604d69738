package io.liveline.feed.rest;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Server-sent events of every live blog, for dashboards and aggregators; same events and resume as one live blog. */
@Path("/v1/events")
public class AllEventsResource {

    private final SseEvents events;

    public AllEventsResource(SseEvents events) {
        this.events = events;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Follow every live blog")
    public Multi<OutboundSseEvent> follow(@HeaderParam("Last-Event-ID") String lastEventIdHeader,
            @QueryParam("lastEventId") String lastEventId, @QueryParam("person") String person,
            @QueryParam("country") String country, @QueryParam("organisation") String organisation,
            @QueryParam("topic") String topic, @Context Sse sse) {
        return events.stream(null, lastEventIdHeader, lastEventId, person, country, organisation, topic, sse);
    }
}
