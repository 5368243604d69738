package io.liveline.feed.rest;

import io.liveline.events.EventJson;
import io.liveline.feed.config.FeedConfig;
import io.liveline.feed.mapping.FeedUpdate;
import io.liveline.feed.mapping.NinjsItem;
import io.liveline.feed.repository.LiveUpdateEntity;
import io.liveline.feed.repository.LiveUpdateRepository;
import io.liveline.feed.repository.LiveblogSummary;
import io.liveline.feed.query.PageCursor;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The public read API of live blogs and their updates: conditional ({@code ETag}) and cacheable
 * by a CDN, as our JSON or, when asked, as IPTC ninjs.
 */
@Path("/v1/liveblogs")
@Produces({MediaType.APPLICATION_JSON, NinjsItem.MEDIA_TYPE})
public class LiveblogUpdatesResource {

    private static final Set<String> PAGE_PARAMETERS = Set.of("limit", "before", "person", "country", "organisation", "topic",
            "minScore");

    private final LiveUpdateRepository repository;
    private final ConditionalResponses responses;
    private final FeedConfig config;

    public LiveblogUpdatesResource(LiveUpdateRepository repository, ConditionalResponses responses, FeedConfig config) {
        this.repository = repository;
        this.responses = responses;
        this.config = config;
    }

    @GET
    @Operation(summary = "Live blogs with their update counts and last activity, most recently active first")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = LiveblogSummary.class)))
    public Uni<Response> liveblogs(@Context Request request) {
        return repository.liveblogs().map(blogs -> responses.ok(request, blogs, MediaType.APPLICATION_JSON));
    }

    @GET
    @Path("/{liveblogId}/updates")
    @Operation(summary = "Updates of a live blog, newest first, optionally filtered by tag")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdatePage.class)),
            @Content(mediaType = NinjsItem.MEDIA_TYPE, schema = @Schema(implementation = NinjsPage.class))})
    public Uni<Response> updates(@PathParam("liveblogId") String liveblogId, @QueryParam("limit") String limit,
            @QueryParam("before") String before, @QueryParam("person") String person,
            @QueryParam("country") String country, @QueryParam("organisation") String organisation,
            @QueryParam("topic") String topic, @QueryParam("minScore") String minScore, @Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        // A misspelt filter must not silently widen the answer to every update.
        QueryParameters.onlyKnown(uri.getQueryParameters().keySet(), PAGE_PARAMETERS);
        int size = QueryParameters.limit(limit, config.defaultPageSize(), config.maxPageSize());
        boolean ninjs = wantsNinjs(headers);
        return repository.page(QueryParameters.liveblogId(liveblogId),
                        QueryParameters.filter(person, country, organisation, topic, minScore), QueryParameters.cursor(before), size)
                .map(rows -> ninjs
                        ? responses.ok(request, NinjsPage.from(page(rows, size)), NinjsItem.MEDIA_TYPE)
                        : responses.ok(request, page(rows, size), MediaType.APPLICATION_JSON));
    }

    @GET
    @Path("/{liveblogId}/updates/{id}")
    @Operation(summary = "One update; 404 when it never existed (or is not yet due), 410 once retracted")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedUpdate.class)),
            @Content(mediaType = NinjsItem.MEDIA_TYPE, schema = @Schema(implementation = NinjsItem.class))})
    @APIResponse(responseCode = "410", description = "Retracted; asked for as ninjs, the item with pubStatus canceled",
            content = @Content(mediaType = NinjsItem.MEDIA_TYPE, schema = @Schema(implementation = NinjsItem.class)))
    public Uni<Response> update(@PathParam("liveblogId") String liveblogId, @PathParam("id") String id,
            @Context HttpHeaders headers, @Context Request request) {
        boolean ninjs = wantsNinjs(headers);
        return repository.find(QueryParameters.liveblogId(liveblogId), QueryParameters.updateId(id))
                .map(row -> {
                    if (row == null) {
                        throw new NotFoundException("live blog " + liveblogId + " has no update " + id);
                    }
                    if (row.retracted && ninjs) {
                        // ninjs readers (agency systems) act on a canceled item: they withdraw their copy.
                        return Response.status(Response.Status.GONE).type(NinjsItem.MEDIA_TYPE)
                                .entity(EventJson.write(NinjsItem.canceled(row.key.liveblogId, row.key.updateId, row.version)))
                                .build();
                    }
                    if (row.retracted) {
                        // 410, not 404: apps and caches learn that it existed and was withdrawn for good.
                        throw new WebApplicationException("update " + id + " of " + liveblogId + " was retracted", 410);
                    }
                    FeedUpdate update = FeedUpdate.from(row);
                    return ninjs
                            ? responses.ok(request, NinjsItem.from(update), NinjsItem.MEDIA_TYPE)
                            : responses.ok(request, update, MediaType.APPLICATION_JSON);
                });
    }

    private static boolean wantsNinjs(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> !type.isWildcardType() && NinjsItem.MEDIA_TYPE.equalsIgnoreCase(type.getType() + "/" + type.getSubtype()));
    }

    private static UpdatePage page(List<LiveUpdateEntity> rows, int size) {
        List<FeedUpdate> updates = rows.stream().map(FeedUpdate::from).toList();
        LiveUpdateEntity last = rows.size() == size ? rows.get(rows.size() - 1) : null;
        return new UpdatePage(updates, last == null ? null : new PageCursor(last.publishedAt, last.key.updateId).encode());
    }
}
