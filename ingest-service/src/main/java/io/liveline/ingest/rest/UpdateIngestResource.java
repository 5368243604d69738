package io.liveline.ingest.rest;

import io.liveline.events.ApiKey;
import io.liveline.events.Identifiers;
import io.liveline.events.LiveUpdate;
import io.liveline.ingest.InvalidUpdateException;
import io.liveline.ingest.config.IngestConfig;
import io.liveline.ingest.mapping.NinjsReader;
import io.liveline.ingest.mapping.UpdateRequest;
import io.liveline.ingest.mapping.UpdateRequestReader;
import io.liveline.ingest.security.AccessControl;
import io.liveline.ingest.service.BatchPublisher;
import io.liveline.ingest.service.IdempotencyStore;
import io.liveline.ingest.service.LiveblogService;
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
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The newsroom-facing write API: create, edit and retract live updates. Every answer 202 means
 * the broker has durably acknowledged the event; anything else means nothing was published.
 */
@Path("/v1/liveblogs/{liveblogId}")
@Produces(MediaType.APPLICATION_JSON)
public class UpdateIngestResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String BATCH_MEDIA_TYPE = "application/x-ndjson";

    private static final String EXAMPLE = """
            {"headline": "Ceasefire talks resume", "body": "<p>Delegations met again this morning.</p>",
             "kind": "key-event", "author": {"name": "Amara Osei", "role": "correspondent"}}""";
    private static final String NINJS_EXAMPLE = """
            {"standard": {"name": "ninjs", "version": "3.0", "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json#"},
             "uri": "urn:newsml:example.org:20261125:talks-1", "type": "text", "versionCreated": "2026-11-25T09:30:00Z",
             "pubStatus": "usable", "headlines": [{"role": "main", "value": "Ceasefire talks resume"}],
             "bodies": [{"role": "main", "contentType": "text/html", "value": "<p>Delegations met again.</p>"}], "by": "Amara Osei"}""";

    private final AccessControl access;
    private final UpdateRequestReader reader;
    private final NinjsReader ninjs;
    private final IdempotencyStore idempotency;
    private final UpdateService updates;
    private final BatchPublisher batches;
    private final LiveblogService liveblogs;
    private final IngestConfig config;

    public UpdateIngestResource(AccessControl access, UpdateRequestReader reader, NinjsReader ninjs,
            IdempotencyStore idempotency, UpdateService updates, BatchPublisher batches, LiveblogService liveblogs,
            IngestConfig config) {
        this.access = access;
        this.reader = reader;
        this.ninjs = ninjs;
        this.idempotency = idempotency;
        this.updates = updates;
        this.batches = batches;
        this.liveblogs = liveblogs;
        this.config = config;
    }

    @POST
    @Path("/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a new live update", description = "Answers 202 once Kafka has acknowledged the event.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "post", value = EXAMPLE)))
    public Uni<RestResponse<AcceptedUpdate>> create(@PathParam("liveblogId") String liveblogId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @HeaderParam("traceparent") String traceparent, byte[] body) {
        ApiKey key = access.admit(authorization, liveblogId);
        return write(key, "POST", liveblogId, idempotencyKey, body,
                () -> {
                    UpdateRequest request = reader.read(body);
                    return openLiveblog(liveblogId, () -> updates.publish(liveblogId, null, request, traceparent));
                });
    }

    @POST
    @Path("/updates")
    @Consumes(NinjsReader.MEDIA_TYPE)
    @Operation(summary = "Publish an IPTC ninjs 2.x or 3.x item", description = "pubStatus (2.x: pubstatus) 'canceled' retracts "
            + "the item. The media type's version parameter (version=2 or version=3), else the item's standard.version, "
            + "says which names the item uses.")
    @RequestBody(content = @Content(mediaType = NinjsReader.MEDIA_TYPE, examples = @ExampleObject(name = "ninjs", value = NINJS_EXAMPLE)))
    public Uni<RestResponse<AcceptedUpdate>> createFromNinjs(@PathParam("liveblogId") String liveblogId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @HeaderParam("traceparent") String traceparent, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body) {
        ApiKey key = access.admit(authorization, liveblogId);
        return write(key, "POST ninjs", liveblogId, idempotencyKey, body, () -> {
            NinjsReader.Item item = ninjs.read(body, contentType);
            return item.retraction()
                    ? updates.retract(liveblogId, item.id(), traceparent)
                    : openLiveblog(liveblogId, () -> updates.publish(liveblogId, item.id(), item.request(), traceparent));
        });
    }

    @PUT
    @Path("/updates/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a live update", description = "Publishes a new, higher version of the whole update.")
    public Uni<RestResponse<AcceptedUpdate>> edit(@PathParam("liveblogId") String liveblogId, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @HeaderParam("traceparent") String traceparent, byte[] body) {
        ApiKey key = access.admit(authorization, liveblogId);
        checkUpdateId(id);
        return write(key, "PUT " + id, liveblogId, idempotencyKey, body,
                () -> {
                    UpdateRequest request = reader.read(body);
                    return openLiveblog(liveblogId, () -> updates.publish(liveblogId, id, request, traceparent));
                });
    }

    @DELETE
    @Path("/updates/{id}")
    @Operation(summary = "Retract a live update", description = "Publishes a retraction; readers stop showing the update.")
    public Uni<RestResponse<AcceptedUpdate>> retract(@PathParam("liveblogId") String liveblogId, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @HeaderParam("traceparent") String traceparent) {
        ApiKey key = access.admit(authorization, liveblogId);
        checkUpdateId(id);
        return write(key, "DELETE " + id, liveblogId, idempotencyKey, new byte[0],
                () -> updates.retract(liveblogId, id, traceparent));
    }

    /*
     * In this class rather than its own: the path router matches class paths as prefixes, so a
     * class at ".../updates:batch" would lose to the class at ".../updates".
     */
    @POST
    @Path("/updates:batch")
    @Consumes({BATCH_MEDIA_TYPE, "application/ndjson"})
    @Operation(summary = "Publish up to 1,000 updates, one JSON object per line",
            description = "200 with a result per line: 202 published, 400 rejected (with the fields), 503 not acknowledged.")
    public Uni<BatchResult> batch(@PathParam("liveblogId") String liveblogId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @HeaderParam("traceparent") String traceparent, byte[] body) {
        ApiKey key = access.admit(authorization, liveblogId);
        BatchPublisher.Batch lines = batches.lines(body);
        return idempotency.once(IdempotencyStore.scope(key.name(), "BATCH", liveblogId), idempotencyKey, body,
                () -> openLiveblog(liveblogId, () -> batches.publish(liveblogId, lines, traceparent)));
    }

    /**
     * New updates and edits go only to a live blog that has not ended (409 otherwise); the request
     * is validated before, so a bad one is a 400 whatever the blog's state. Retractions skip this.
     */
    private <T> Uni<T> openLiveblog(String liveblogId, Supplier<Uni<T>> write) {
        return liveblogs.requireOpen(liveblogId).chain(() -> write.get());
    }

    static void checkUpdateId(String id) {
        if (!Identifiers.isUpdateId(id)) {
            throw new InvalidUpdateException("id", "must be 1-128 URL-safe characters (letters, digits, '.', '_', '~', '-')");
        }
    }

    /**
     * Runs a write once per idempotency key and answers 202 with where to read the result. The
     * answer, not the published update, is what a repeat gets, so only the answer is remembered.
     */
    private Uni<RestResponse<AcceptedUpdate>> write(ApiKey key, String operation, String liveblogId, String idempotencyKey,
            byte[] request, Supplier<Uni<LiveUpdate>> action) {
        return idempotency.once(IdempotencyStore.scope(key.name(), operation, liveblogId), idempotencyKey, request,
                        () -> action.get().map(update -> AcceptedUpdate.of(update, config.feedUrl())))
                .map(Accepted::response);
    }
}
