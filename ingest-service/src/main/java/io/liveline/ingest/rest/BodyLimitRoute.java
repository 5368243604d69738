package io.liveline.ingest.rest;

import io.liveline.events.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body by its declared length before any of it is read, with a problem document like
 * every other error. It runs just ahead of Quarkus's own check of the same limit, which answers
 * with an empty 413; that one still guards bodies sent without a length (chunked).
 */
@ApplicationScoped
public class BodyLimitRoute {

    private final long limit;
    private final EarlyRejection rejection;

    public BodyLimitRoute(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, EarlyRejection rejection) {
        this.limit = limit.asLongValue();
        this.rejection = rejection;
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
        rejection.reject(context, problem, Map.of());
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
}
