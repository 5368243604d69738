package io.liveline.ingest.rest;

import io.liveline.events.Problem;
import io.liveline.ingest.BrokerUnavailableException;
import io.liveline.ingest.IdempotencyConflictException;
import io.liveline.ingest.RateLimitedException;
import io.liveline.ingest.InvalidUpdateException;
import io.liveline.ingest.NotPermittedException;
import io.liveline.ingest.UnauthenticatedException;
import io.liveline.ingest.config.IngestConfig;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers each failure as an RFC 9457 problem with a stable type; no stack trace or class name leaks. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final IngestConfig config;
    private final Rejections rejections;

    public ProblemMapper(IngestConfig config, Rejections rejections) {
        this.config = config;
        this.rejections = rejections;
    }

    @ServerExceptionMapper
    public Response invalid(InvalidUpdateException e, UriInfo uri) {
        return respond(Problem.of("invalid-update", "The update is not valid", 400,
                "Fix the fields listed in 'errors' and send the request again.", uri.getPath()).withErrors(e.errors()));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthenticatedException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of("unauthenticated", "An API key is required", 401,
                e.getMessage(), uri.getPath()))).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(NotPermittedException e, UriInfo uri) {
        return respond(Problem.of("forbidden-liveblog", "Not allowed for this live blog", 403, e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of("rate-limited", "Too many requests", 429,
                e.getMessage() + "; retry after the time in Retry-After.", uri.getPath())))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response idempotencyConflict(IdempotencyConflictException e, UriInfo uri) {
        return respond(Problem.of("idempotency-key-reused", "Idempotency-Key reused for another request", 422,
                e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response brokerUnavailable(BrokerUnavailableException e, UriInfo uri) {
        LOG.warnf("answering 503: %s (%s)", e.getMessage(), e.getCause() == null ? "" : e.getCause().toString());
        return Response.fromResponse(respond(Problem.of("broker-unavailable", "The update was not accepted", 503,
                        "The event log did not acknowledge the update in time; nothing was published. Retry later.",
                        uri.getPath())))
                .header(HttpHeaders.RETRY_AFTER, config.retryAfterSeconds()).build();
    }

    /** Routing and media-type failures of the framework itself (404, 405, 406, 415...). */
    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return respond(Problem.forStatus(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), uri.getPath()));
    }

    private Response respond(Problem problem) {
        rejections.count(problem);
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
