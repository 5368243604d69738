package io.liveline.feed.rest;

import io.liveline.events.EventJson;
import io.liveline.feed.config.FeedConfig;
import io.liveline.feed.mapping.FeedUpdate;
import io.liveline.feed.mapping.NinjsItem;
import io.liveline.feed.repository.LiveUpdateRepository;
import io.liveline.feed.repository.LiveblogIndex;
import io.liveline.feed.repository.LiveblogSummary;
import io.liveline.feed.query.PageCursor;
import io.liveline.feed.query.UpdateQuery;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    private static final Set<String> LIST_PARAMETERS = Set.of("limit", "before", "prefix");

    private final LiveUpdateRepository repository;
    private final LiveblogIndex index;
    private final UpdatePages pages;
    private final ConditionalResponses responses;
    private final FeedConfig config;

    public LiveblogUpdatesResource(LiveUpdateRepository repository, LiveblogIndex index, UpdatePages pages,
            ConditionalResponses responses, FeedConfig config) {
        this.repository = repository;
        this.index = index;
        this.pages = pages;
        this.responses = responses;
        this.config = config;
    }

    @GET
    @Operation(summary = "Live blogs with their metadata, update counts and last activity, most recently active first",
            description = "Paged by cursor: 'next' goes in 'before'. prefix= keeps live blogs whose id starts with it.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LiveblogPage.class)))
    public Uni<Response> liveblogs(@QueryParam("limit") String limit, @QueryParam("before") String before,
            @QueryParam("prefix") String prefix, @Context UriInfo uri, @Context Request request) {
        QueryParameters.onlyKnown(uri.getQueryParameters().keySet(), LIST_PARAMETERS);
        int size = QueryParameters.limit(limit, config.defaultPageSize(), config.maxPageSize());
        String idPrefix = QueryParameters.prefix(QueryParameters.present(uri, "prefix", prefix));
        String shape = PageCursor.shapeOf("liveblogs|" + idPrefix);
        return index.recent(idPrefix, QueryParameters.cursor(before, shape), size)
                .map(blogs -> responses.ok(request, LiveblogPage.of(blogs, size, shape), MediaType.APPLICATION_JSON));
    }

    @GET
    @Path("/{liveblogId}")
    @Operation(summary = "A live blog: its title, description, state, opening and closing times, and update count",
            description = "404 when the live blog has neither updates nor metadata. Without metadata its title is its id.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LiveblogSummary.class)))
    public Uni<Response> liveblog(@PathParam("liveblogId") String liveblogId, @Context Request request) {
        return index.one(QueryParameters.liveblogId(liveblogId)).map(blog -> {
            if (blog == null) {
                throw new NotFoundException("there is no live blog " + liveblogId);
            }
            return responses.ok(request, blog, MediaType.APPLICATION_JSON);
        });
    }

    @GET
    @Path("/{liveblogId}/updates")
    @Operation(summary = "Updates of a live blog, newest first (or by relevance to q), optionally filtered and searched")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdatePage.class)),
            @Content(mediaType = NinjsItem.MEDIA_TYPE, schema = @Schema(implementation = NinjsPage.class))})
    @APIResponse(responseCode = "400", description = "a parameter at fault, named in 'errors'",
            content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> updates(@PathParam("liveblogId") String liveblogId, @BeanParam UpdatePageParameters parameters,
            @Context HttpHeaders headers, @Context Request request) {
        UpdateQuery query = parameters.query(QueryParameters.liveblogId(liveblogId));
        return pages.answer(query, parameters, headers, request);
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
        boolean ninjs = UpdatePages.wantsNinjs(headers);
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

}
