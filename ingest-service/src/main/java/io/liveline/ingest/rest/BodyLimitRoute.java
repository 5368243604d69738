package io.liveline.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.liveline.events.EventJson;
import io.liveline.events.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body by its declared length before any of it is read, with a problem document like
 * every other error. It runs just ahead of Quarkus's own check of the same limit, which answers
 * with an empty 413; that one still guards bodies sent without a length (chunked).
 */
@ApplicationScoped
public class BodyLimitRoute {

    private final long limit;
    private final Rejections rejections;

    public BodyLimitRoute(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, Rejections rejections) {
        this.limit = limit.asLongValue();
        this.rejections = rejections;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        long declared = declaredLength(context.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        if (declared <= limit) {
            context.next();
            return;
        }
        Problem problem = Problem.of("body-too-large", "The request body is too large", 413,
                "the body declares " + declared + " bytes; at most " + limit + " are read. Split a batch into smaller ones.",
                context.request().path());
        rejections.count(problem);
        // The unread rest of the body would follow on this connection: close it after the answer.
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                .end(json(problem))
                .onComplete(sent -> context.request().connection().close());
    }

    /** The declared length, or -1 when there is none or it is not a number (the HTTP codec judges those). */
    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Buffer json(Problem problem) {
        try {
            return Buffer.buffer(EventJson.mapper().writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document always serialises", e);
        }
    }
}
