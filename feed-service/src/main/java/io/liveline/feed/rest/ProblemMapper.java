package io.liveline.feed.rest;

import io.liveline.events.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers each failure of the read API as an RFC 9457 problem with a stable type. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response invalidQuery(InvalidQueryException e, UriInfo uri) {
        return respond(Problem.of("invalid-query", "The request parameters are not valid", 400,
                "Fix the parameters listed in 'errors'.", uri.getPath()).withErrors(List.of(e.error())));
    }

    /** Routing and media-type failures of the framework itself (404, 405, 406, 415...). */
    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return respond(Problem.forStatus(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), uri.getPath()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
