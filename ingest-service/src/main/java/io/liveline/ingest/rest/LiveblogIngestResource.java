package io.liveline.ingest.rest;

import io.liveline.events.ApiKey;
import io.liveline.ingest.mapping.LiveblogRequestReader;
import io.liveline.ingest.security.AccessControl;
import io.liveline.ingest.service.IdempotencyStore;
import io.liveline.ingest.service.LiveblogService;
import io.liveline.ingest.config.IngestConfig;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A live blog's own metadata (title, description, state), with the same keys and rights as its
 * updates. 202 means the broker has durably acknowledged it and this replica has read it back.
 */
@Path("/v1/liveblogs/{liveblogId}")
@Produces(MediaType.APPLICATION_JSON)
public class LiveblogIngestResource {

    private static final String EXAMPLE = """
            {"title": "Harbour strike: live", "description": "Dockers walk out over pay; follow the day here.", "state": "live"}""";

    private final AccessControl access;
    private final LiveblogRequestReader reader;
    private final IdempotencyStore idempotency;
    private final LiveblogService liveblogs;
    private final IngestConfig config;

    public LiveblogIngestResource(AccessControl access, LiveblogRequestReader reader, IdempotencyStore idempotency,
            LiveblogService liveblogs, IngestConfig config) {
        this.access = access;
        this.reader = reader;
        this.idempotency = idempotency;
        this.liveblogs = liveblogs;
        this.config = config;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a live blog's title, description and state",
            description = "state is live, paused or ended; an ended live blog refuses new updates and edits (409) until it "
                    + "is set to live or paused again. Answers 202 once Kafka has acknowledged the change.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "live", value = EXAMPLE)))
    public Uni<RestResponse<AcceptedLiveblog>> put(@PathParam("liveblogId") String liveblogId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(UpdateIngestResource.IDEMPOTENCY_KEY) String idempotencyKey,
            @HeaderParam("traceparent") String traceparent, byte[] body) {
        ApiKey key = access.admit(authorization, liveblogId);
        return idempotency.once(IdempotencyStore.scope(key.name(), "PUT liveblog", liveblogId), idempotencyKey, body,
                        () -> liveblogs.put(liveblogId, reader.read(body), traceparent)
                                .map(metadata -> AcceptedLiveblog.of(metadata, config.feedUrl())))
                .map(Accepted::response);
    }
}
