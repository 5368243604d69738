package io.liveline.enrich.rest;

import io.liveline.events.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers each failure of the preview API as an RFC 9457 problem with a stable type. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response invalid(InvalidPreviewException e, UriInfo uri) {
        return respond(Problem.of("invalid-preview", "The preview request is not valid", 400,
                "Fix the fields listed in 'errors'.", uri.getPath()).withErrors(e.errors()));
    }

    /** Routing, media-type and body-reading failures of the framework itself. */
    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return respond(Problem.of(status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-'),
                status.getReasonPhrase(), status.getStatusCode(), e.getMessage(), uri.getPath()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
