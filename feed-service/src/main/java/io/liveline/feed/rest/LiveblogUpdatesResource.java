package io.liveline.feed.rest;

import io.liveline.feed.config.FeedConfig;
import io.liveline.feed.mapping.FeedUpdate;
import io.liveline.feed.repository.LiveUpdateEntity;
import io.liveline.feed.repository.LiveUpdateRepository;
import io.liveline.feed.repository.LiveblogSummary;
import io.liveline.feed.service.PageCursor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The public read API of live blogs and their updates. */
@Path("/v1/liveblogs")
@Produces(MediaType.APPLICATION_JSON)
public class LiveblogUpdatesResource {

    private final LiveUpdateRepository repository;
    private final FeedConfig config;

    public LiveblogUpdatesResource(LiveUpdateRepository repository, FeedConfig config) {
        this.repository = repository;
        this.config = config;
    }

    @GET
    @WithSession
    @Operation(summary = "Live blogs with their update counts and last activity, most recently active first")
    public Uni<List<LiveblogSummary>> liveblogs() {
        return repository.liveblogs();
    }

    @GET
    @Path("/{liveblogId}/updates")
    @WithSession
    @Operation(summary = "Updates of a live blog, newest first, optionally filtered by tag")
    public Uni<UpdatePage> updates(@PathParam("liveblogId") String liveblogId, @QueryParam("limit") String limit,
            @QueryParam("before") String before, @QueryParam("person") String person,
            @QueryParam("country") String country, @QueryParam("organisation") String organisation,
            @QueryParam("topic") String topic) {
        int size = QueryParameters.limit(limit, config.defaultPageSize(), config.maxPageSize());
        return repository.page(QueryParameters.liveblogId(liveblogId),
                        QueryParameters.filter(person, country, organisation, topic), QueryParameters.cursor(before), size)
                .map(rows -> page(rows, size));
    }

    @GET
    @Path("/{liveblogId}/updates/{id}")
    @WithSession
    @Operation(summary = "One update; 404 when it does not exist or was retracted")
    public Uni<FeedUpdate> update(@PathParam("liveblogId") String liveblogId, @PathParam("id") String id) {
        return repository.findVisible(QueryParameters.liveblogId(liveblogId), QueryParameters.updateId(id))
                .map(row -> {
                    if (row == null) {
                        throw new NotFoundException("live blog " + liveblogId + " has no update " + id);
                    }
                    return FeedUpdate.from(row);
                });
    }

    private static UpdatePage page(List<LiveUpdateEntity> rows, int size) {
        List<FeedUpdate> updates = rows.stream().map(FeedUpdate::from).toList();
        LiveUpdateEntity last = rows.size() == size ? rows.get(rows.size() - 1) : null;
        return new UpdatePage(updates, last == null ? null : new PageCursor(last.publishedAt, last.key.updateId).encode());
    }
}
