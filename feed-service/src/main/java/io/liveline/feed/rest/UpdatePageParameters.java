package io.liveline.feed.rest;

import io.liveline.events.UpdateKind;
import io.liveline.feed.config.FeedConfig;
import io.liveline.feed.query.PageCursor;
import io.liveline.feed.query.SearchQuery;
import io.liveline.feed.query.UpdateOrder;
import io.liveline.feed.query.UpdateQuery;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of a page of updates, in one live blog or across all; each is checked and a bad one is a 400 naming it. */
public class UpdatePageParameters {

    private static final Set<String> KNOWN = Set.of("limit", "before", "q", "sort", "person", "country", "organisation", "topic",
            "minScore", "kind", "pinned");

    @QueryParam("limit")
    @Parameter(description = "updates per page, 1 to the maximum (default 20, at most 100)")
    String limit;

    @QueryParam("before")
    @Parameter(description = "the 'next' cursor of the previous page of the same query")
    String before;

    @QueryParam("q")
    @Parameter(description = "search in headline and text: words, \"phrases\" and prefixes (zelen*), all must match; "
            + "at most " + SearchQuery.MAX_LENGTH + " characters")
    String q;

    @QueryParam("sort")
    @Parameter(description = "newest (default) or relevance (with q)", schema = @Schema(enumeration = {"newest", "relevance"}))
    String sort;

    @QueryParam("person")
    @Parameter(description = "a person's name, Wikidata QID or knowledge-base id")
    String person;

    @QueryParam("country")
    @Parameter(description = "ISO 3166-1 alpha-2 code")
    String country;

    @QueryParam("organisation")
    @Parameter(description = "an organisation's name, Wikidata QID or knowledge-base id")
    String organisation;

    @QueryParam("topic")
    @Parameter(description = "IPTC Media Topic code, such as medtop:16000000")
    String topic;

    @QueryParam("minScore")
    @Parameter(description = "with topic: the lowest topic score kept, 0 to 1")
    String minScore;

    @QueryParam("kind")
    @Parameter(description = "post, key-event or breaking", schema = @Schema(enumeration = {"post", "key-event", "breaking"}))
    String kind;

    @QueryParam("pinned")
    @Parameter(description = "true or false", schema = @Schema(enumeration = {"true", "false"}))
    String pinned;

    @Context
    UriInfo uri;

    /** The query these parameters ask for in one live blog, or across all when {@code liveblogId} is null. */
    UpdateQuery query(String liveblogId) {
        // A misspelt filter must not silently widen the answer to every update.
        QueryParameters.onlyKnown(uri.getQueryParameters().keySet(), KNOWN);
        String text = QueryParameters.present(uri, "q", q);
        SearchQuery search = text == null ? null : search(text);
        UpdateOrder order = order(sort, search);
        return new UpdateQuery(liveblogId, QueryParameters.filter(person, country, organisation, topic, minScore), kind(kind),
                pinned(pinned), search, order);
    }

    int size(FeedConfig config) {
        return QueryParameters.limit(limit, config.defaultPageSize(), config.maxPageSize());
    }

    PageCursor cursor(UpdateQuery query) {
        return QueryParameters.cursor(before, query.shape());
    }

    private static SearchQuery search(String text) {
        try {
            return SearchQuery.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("q", e.getMessage());
        }
    }

    private static UpdateOrder order(String value, SearchQuery search) {
        if (value == null) {
            return UpdateOrder.NEWEST;
        }
        UpdateOrder order = UpdateOrder.fromWireName(value)
                .orElseThrow(() -> new InvalidQueryException("sort", "must be newest or relevance"));
        if (order == UpdateOrder.RELEVANCE && search == null) {
            throw new InvalidQueryException("sort", "relevance needs a search: give q= too");
        }
        return order;
    }

    private static UpdateKind kind(String value) {
        return value == null ? null : UpdateKind.fromWireName(value)
                .orElseThrow(() -> new InvalidQueryException("kind", "must be post, key-event or breaking"));
    }

    private static Boolean pinned(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidQueryException("pinned", "must be true or false");
        };
    }
}
