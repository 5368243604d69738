package io.liveline.ingest.rest;

import io.liveline.events.ApiKey;
import io.liveline.ingest.config.IngestConfig;
import io.liveline.ingest.mapping.TagCorrectionReader;
import io.liveline.ingest.security.AccessControl;
import io.liveline.ingest.service.IdempotencyStore;
import io.liveline.ingest.service.TagCorrectionService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
 * Editors correct the tags of an update: tags to add and tags to remove. The correction sticks to
 * the update, so later edits, tagged again, keep it. 202 means the broker has durably acknowledged
 * it; the corrected update reaches the feed and its streams as a new change.
 */
@Path("/v1/liveblogs/{liveblogId}/updates/{id}/tags")
@Produces(MediaType.APPLICATION_JSON)
public class TagCorrectionResource {

    private static final String EXAMPLE = """
            {"add": {"people": [{"name": "Michael Jordan", "wikidata": "Q41421"}]},
             "remove": {"countries": [{"code": "JO"}]}}""";

    private final AccessControl access;
    private final TagCorrectionReader reader;
    private final IdempotencyStore idempotency;
    private final TagCorrectionService corrections;
    private final IngestConfig config;

    public TagCorrectionResource(AccessControl access, TagCorrectionReader reader, IdempotencyStore idempotency,
            TagCorrectionService corrections, IngestConfig config) {
        this.access = access;
        this.reader = reader;
        this.idempotency = idempotency;
        this.corrections = corrections;
        this.config = config;
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct the tags of a live update", description = "Adds and removes tags (people, countries, "
            + "organisations, topics); added tags are marked \"source\": \"editor\". The correction also holds for later "
            + "versions of the update. Answers 202 once Kafka has acknowledged it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "correction", value = EXAMPLE)))
    public Uni<RestResponse<AcceptedUpdate>> correct(@PathParam("liveblogId") String liveblogId, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(UpdateIngestResource.IDEMPOTENCY_KEY) String idempotencyKey,
            @HeaderParam("traceparent") String traceparent, byte[] body) {
        ApiKey key = access.admit(authorization, liveblogId);
        UpdateIngestResource.checkUpdateId(id);
        TagCorrectionReader.Correction correction = reader.read(body);
        return idempotency.once(IdempotencyStore.scope(key.name(), "PATCH tags " + id, liveblogId), idempotencyKey, body,
                        () -> corrections.correct(liveblogId, id, correction, traceparent)
                                .map(accepted -> AcceptedUpdate.of(accepted, config.feedUrl())))
                .map(Accepted::response);
    }
}
