package io.liveline.ingest.rest;

import io.liveline.events.EventJson;
import io.liveline.events.Problem;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Answers a request from a route that runs before its body is read. Over HTTP/1.x the unread body
 * would follow on the same connection, so the connection is closed once the problem is sent; over
 * HTTP/2 ending the answer resets only that request's stream, and the connection serves on.
 */
@ApplicationScoped
public class EarlyRejection {

    private final Rejections rejections;

    public EarlyRejection(Rejections rejections) {
        this.rejections = rejections;
    }

    public void reject(RoutingContext context, Problem problem, Map<String, String> headers) {
        rejections.count(problem);
        boolean http1 = context.request().version() != HttpVersion.HTTP_2;
        var response = context.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (http1) {
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
        headers.forEach(response::putHeader);
        response.end(Buffer.buffer(EventJson.write(problem))).onComplete(sent -> {
            if (http1) {
                context.request().connection().close();
            }
        });
    }
}
