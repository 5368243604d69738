package io.liveline.feed.rest;

import io.liveline.events.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers each failure of the read API as an RFC 9457 problem with a stable type. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response invalidQuery(InvalidQueryException e, UriInfo uri) {
        Problem problem = Problem.of("invalid-query", "The request parameters are not valid", 400,
                "Fix the parameters listed in 'errors'.", uri.getPath()).withErrors(List.of(e.error()));
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** Routing and media-type failures of the framework itself (404, 405, 406...). */
    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        Problem problem = Problem.of(status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-'),
                status.getReasonPhrase(), status.getStatusCode(), e.getMessage(), uri.getPath());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
