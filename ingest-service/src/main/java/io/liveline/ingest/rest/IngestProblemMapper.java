package io.liveline.ingest.rest;

import static io.liveline.problems.ProblemMapper.response;

import io.liveline.events.Problem;
import io.liveline.ingest.BrokerUnavailableException;
import io.liveline.ingest.IdempotencyConflictException;
import io.liveline.ingest.LiveblogEndedException;
import io.liveline.ingest.RateLimitedException;
import io.liveline.ingest.NotPermittedException;
import io.liveline.ingest.UnauthenticatedException;
import io.liveline.ingest.config.IngestConfig;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers ingest's own refusals (credentials, rate, idempotency, an ended live blog, the broker) as RFC 9457 problems
 * with a stable type; invalid requests and the framework's failures are answered by the shared
 * {@link io.liveline.problems.ProblemMapper}. {@link Rejections} counts them all.
 */
public class IngestProblemMapper {

    private static final Logger LOG = Logger.getLogger(IngestProblemMapper.class);

    private final IngestConfig config;

    public IngestProblemMapper(IngestConfig config) {
        this.config = config;
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthenticatedException e, UriInfo uri) {
        return Response.fromResponse(response(Problem.of("unauthenticated", "An API key is required", 401,
                e.getMessage(), uri.getPath()))).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(NotPermittedException e, UriInfo uri) {
        return response(Problem.of("forbidden-liveblog", "Not allowed for this live blog", 403, e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e, UriInfo uri) {
        return Response.fromResponse(response(Problem.of("rate-limited", "Too many requests", 429,
                e.getMessage() + "; retry after the time in Retry-After.", uri.getPath())))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response idempotencyConflict(IdempotencyConflictException e, UriInfo uri) {
        return response(Problem.of("idempotency-key-reused", "Idempotency-Key reused for another request", 422,
                e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response liveblogEnded(LiveblogEndedException e, UriInfo uri) {
        return response(Problem.of("liveblog-ended", "The live blog has ended", 409, e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response brokerUnavailable(BrokerUnavailableException e, UriInfo uri) {
        LOG.warnf("answering 503: %s (%s)", e.getMessage(), e.getCause() == null ? "" : e.getCause().toString());
        return Response.fromResponse(response(Problem.of("broker-unavailable", "The update was not accepted", 503,
                        "The event log did not acknowledge the update in time; nothing was published. Retry later.",
                        uri.getPath())))
                .header(HttpHeaders.RETRY_AFTER, config.retryAfterSeconds()).build();
    }
}
