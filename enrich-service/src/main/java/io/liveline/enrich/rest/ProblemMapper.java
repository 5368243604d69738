package io.liveline.enrich.rest;

import io.liveline.events.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers each failure of the preview API as an RFC 9457 problem with a stable type. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response invalid(InvalidPreviewException e, UriInfo uri) {
        return respond(Problem.of("invalid-preview", "The preview request is not valid", 400,
                "Fix the fields listed in 'errors'.", uri.getPath()).withErrors(e.errors()));
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
