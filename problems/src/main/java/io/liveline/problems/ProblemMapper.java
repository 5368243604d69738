package io.liveline.problems;

import io.liveline.events.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The problem+json answers every Liveline HTTP API gives alike: a request with fields at fault, and
 * the framework's own routing and media-type failures. A service maps its domain exceptions itself,
 * through {@link #response(Problem)}. No stack trace or class name leaks.
 */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e, UriInfo uri) {
        return response(e.answer(uri.getPath()));
    }

    /** Routing and media-type failures of the framework itself (404, 405, 406, 415...). */
    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return response(Problem.forStatus(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), uri.getPath()));
    }

    /** The answer that carries {@code problem}: its status, the problem+json media type, the problem as body. */
    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
