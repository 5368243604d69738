package io.liveline.ingest.rest;

import io.liveline.events.Problem;
import io.liveline.ingest.UnauthenticatedException;
import io.liveline.ingest.security.ApiKeyRegistry;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Set;

/**
 * What a write is judged on from its headers alone, before a byte of its body is read: an
 * unknown caller must not make this replica buffer megabytes (401), and a body of no declared
 * type is not guessed to be JSON (415). The resource checks the key again, with the rest of its
 * rights; this route only keeps strangers' bodies out of memory.
 */
@ApplicationScoped
public class WriteGateRoute {

    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final ApiKeyRegistry keys;
    private final EarlyRejection rejection;

    public WriteGateRoute(ApiKeyRegistry keys, EarlyRejection rejection) {
        this.keys = keys;
        this.rejection = rejection;
    }

    void install(@Observes Router router) {
        // Ahead of the declared-length check too: a stranger learns nothing about the limits.
        router.route("/v1/*").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (!WRITES.contains(method)) {
            context.next();
            return;
        }
        String path = context.request().path();
        try {
            keys.authenticate(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        } catch (UnauthenticatedException e) {
            rejection.reject(context, Problem.of("unauthenticated", "An API key is required", 401, e.getMessage(), path),
                    Map.of("WWW-Authenticate", "Bearer"));
            return;
        }
        if (WITH_BODY.contains(method) && context.request().getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            rejection.reject(context, Problem.forStatus(415, "Unsupported Media Type",
                    "send a Content-Type: application/json, application/vnd.iptc.ninjs+json or application/x-ndjson", path), Map.of());
            return;
        }
        context.next();
    }
}
