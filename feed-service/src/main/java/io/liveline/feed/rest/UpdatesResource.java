package io.liveline.feed.rest;

import io.liveline.feed.mapping.NinjsItem;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Updates across every live blog: search ({@code q=}) and entity pages ({@code person=},
 * {@code country=}, ...), each update with its live blog's id.
 */
@Path("/v1/updates")
@Produces({MediaType.APPLICATION_JSON, NinjsItem.MEDIA_TYPE})
public class UpdatesResource {

    private final UpdatePages pages;

    public UpdatesResource(UpdatePages pages) {
        this.pages = pages;
    }

    @GET
    @Operation(summary = "Updates of every live blog, newest first (or by relevance to q): search and entity pages")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdatePage.class)),
            @Content(mediaType = NinjsItem.MEDIA_TYPE, schema = @Schema(implementation = NinjsPage.class))})
    @APIResponse(responseCode = "400", description = "a parameter at fault, named in 'errors'",
            content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> updates(@BeanParam UpdatePageParameters parameters, @Context HttpHeaders headers, @Context Request request) {
        return pages.answer(parameters.query(null), parameters, headers, request);
    }
}
