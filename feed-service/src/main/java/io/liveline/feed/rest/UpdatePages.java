package io.liveline.feed.rest;

import io.liveline.feed.config.FeedConfig;
import io.liveline.feed.mapping.FeedUpdate;
import io.liveline.feed.mapping.NinjsItem;
import io.liveline.feed.query.PageCursor;
import io.liveline.feed.query.UpdateOrder;
import io.liveline.feed.query.UpdateQuery;
import io.liveline.feed.repository.LiveUpdateEntity;
import io.liveline.feed.repository.LiveUpdateRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Answers a page of updates, in one live blog or across all: our JSON or ninjs, with the cursor of the next page. */
@ApplicationScoped
class UpdatePages {

    private final LiveUpdateRepository repository;
    private final ConditionalResponses responses;
    private final FeedConfig config;

    UpdatePages(LiveUpdateRepository repository, ConditionalResponses responses, FeedConfig config) {
        this.repository = repository;
        this.responses = responses;
        this.config = config;
    }

    Uni<Response> answer(UpdateQuery query, UpdatePageParameters parameters, HttpHeaders headers, Request request) {
        int size = parameters.size(config);
        PageCursor before = parameters.cursor(query);
        boolean ninjs = wantsNinjs(headers);
        return repository.page(query, before, size).map(rows -> {
            UpdatePage page = page(rows, size, query);
            return ninjs
                    ? responses.ok(request, NinjsPage.from(page), NinjsItem.MEDIA_TYPE)
                    : responses.ok(request, page, MediaType.APPLICATION_JSON);
        });
    }

    static boolean wantsNinjs(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> !type.isWildcardType() && NinjsItem.MEDIA_TYPE.equalsIgnoreCase(type.getType() + "/" + type.getSubtype()));
    }

    private static UpdatePage page(List<LiveUpdateEntity> rows, int size, UpdateQuery query) {
        List<FeedUpdate> updates = rows.stream().map(FeedUpdate::from).toList();
        LiveUpdateEntity last = rows.size() == size ? rows.get(rows.size() - 1) : null;
        if (last == null) {
            return new UpdatePage(updates, null);
        }
        Float rank = query.order() == UpdateOrder.RELEVANCE ? last.rank : null;
        return new UpdatePage(updates, new PageCursor(rank, last.publishedAt, last.key.liveblogId, last.key.updateId).encode(query.shape()));
    }
}
