package io.liveline.enrich.rest;

import io.liveline.enrich.kb.AliasConflictException;
import io.liveline.enrich.security.NotAnEditorException;
import io.liveline.events.Problem;
import io.liveline.problems.ProblemMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The knowledge-base API's own refusals as problem+json: a name taken, no editor key, no broker. */
public class KbProblemMapper {

    @ServerExceptionMapper
    public Response aliasConflict(AliasConflictException e, UriInfo uri) {
        return ProblemMapper.response(Problem.of("alias-taken", "A name belongs to another entity", 409,
                "Entity " + e.owner() + " already has this name; change that entity or drop the name here.",
                uri.getPath()).withErrors(List.of(e.error())));
    }

    @ServerExceptionMapper
    public Response notAnEditor(NotAnEditorException e, UriInfo uri) {
        if (e.status() == 401) {
            return Response.fromResponse(ProblemMapper.response(Problem.of("unauthenticated", "An editor key is required",
                    401, e.getMessage(), uri.getPath()))).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
        return ProblemMapper.response(Problem.of("forbidden-kb", "Not allowed to edit the knowledge base", 403,
                e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response notWritten(TimeoutException e, UriInfo uri) {
        return Response.fromResponse(ProblemMapper.response(Problem.of("kb-unavailable", "The change could not be stored",
                503, e.getMessage() + "; the change may or may not be stored: send it again", uri.getPath())))
                .header(HttpHeaders.RETRY_AFTER, 5).build();
    }
}
