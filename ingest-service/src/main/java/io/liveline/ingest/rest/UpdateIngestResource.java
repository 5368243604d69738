package io.liveline.ingest.rest;

import io.liveline.events.Identifiers;
import io.liveline.events.LiveUpdate;
import io.liveline.ingest.InvalidUpdateException;
import io.liveline.ingest.config.IngestConfig;
import io.liveline.ingest.mapping.UpdateRequestReader;
import io.liveline.ingest.security.ApiKey;
import io.liveline.ingest.security.ApiKeyRegistry;
import io.liveline.ingest.service.UpdateService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The newsroom-facing write API: create, edit and retract live updates. Every answer 202 means
 * the broker has durably acknowledged the event; anything else means nothing was published.
 */
@Path("/v1/liveblogs/{liveblogId}/updates")
@Produces(MediaType.APPLICATION_JSON)
public class UpdateIngestResource {

    private static final String EXAMPLE = """
            {"headline": "Ceasefire talks resume", "body": "<p>Delegations met again this morning.</p>",
             "kind": "key-event", "author": {"name": "Amara Osei", "role": "correspondent"}}""";

    private final ApiKeyRegistry keys;
    private final UpdateRequestReader reader;
    private final UpdateService updates;
    private final IngestConfig config;

    public UpdateIngestResource(ApiKeyRegistry keys, UpdateRequestReader reader, UpdateService updates, IngestConfig config) {
        this.keys = keys;
        this.reader = reader;
        this.updates = updates;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a new live update", description = "Answers 202 once Kafka has acknowledged the event.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "post", value = EXAMPLE)))
    public Uni<RestResponse<AcceptedUpdate>> create(@PathParam("liveblogId") String liveblogId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam("traceparent") String traceparent, byte[] body) {
        checkAccess(authorization, liveblogId);
        return updates.publish(liveblogId, null, reader.read(body), traceparent).map(this::accepted);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a live update", description = "Publishes a new, higher version of the whole update.")
    public Uni<RestResponse<AcceptedUpdate>> edit(@PathParam("liveblogId") String liveblogId, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam("traceparent") String traceparent, byte[] body) {
        checkAccess(authorization, liveblogId);
        checkUpdateId(id);
        return updates.publish(liveblogId, id, reader.read(body), traceparent).map(this::accepted);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Retract a live update", description = "Publishes a retraction; readers stop showing the update.")
    public Uni<RestResponse<AcceptedUpdate>> retract(@PathParam("liveblogId") String liveblogId, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam("traceparent") String traceparent) {
        checkAccess(authorization, liveblogId);
        checkUpdateId(id);
        return updates.retract(liveblogId, id, traceparent).map(this::accepted);
    }

    /** Authentication first, so an unauthenticated caller learns nothing about ids. */
    private void checkAccess(String authorization, String liveblogId) {
        ApiKey key = keys.authenticate(authorization);
        if (!Identifiers.isLiveblogId(liveblogId)) {
            throw new InvalidUpdateException("liveblogId", "must be a lower-case slug of letters, digits and '-' (at most 80)");
        }
        keys.authorize(key, liveblogId);
    }

    private static void checkUpdateId(String id) {
        if (!Identifiers.isUpdateId(id)) {
            throw new InvalidUpdateException("id", "must be 1-128 URL-safe characters (letters, digits, '.', '_', '~', '-')");
        }
    }

    private RestResponse<AcceptedUpdate> accepted(LiveUpdate update) {
        URI location = URI.create(config.feedUrl() + "/v1/liveblogs/" + update.liveblogId() + "/updates/" + update.id());
        return RestResponse.ResponseBuilder.accepted(AcceptedUpdate.of(update, location)).location(location).build();
    }
}
