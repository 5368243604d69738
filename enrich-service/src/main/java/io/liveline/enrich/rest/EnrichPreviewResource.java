package io.liveline.enrich.rest;

import io.liveline.enrich.config.EnrichConfig;
import io.liveline.enrich.service.TaggingService;
import io.liveline.enrich.tagger.TaggingResult;
import io.liveline.events.EventJson;
import io.liveline.events.HtmlText;
import io.liveline.events.Problem;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Shows newsrooms the tags an update would get, without publishing anything. */
@Path("/v1/enrich")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrichPreviewResource {

    private final TaggingService tagging;
    private final EnrichConfig config;

    public EnrichPreviewResource(TaggingService tagging, EnrichConfig config) {
        this.tagging = tagging;
        this.config = config;
    }

    @POST
    @Blocking
    @Operation(summary = "Preview the tags of an update", description = "With explain=true, each tag lists the text span and rule that gave it.")
    public EnrichPreview preview(byte[] content, @QueryParam("explain") boolean explain) {
        EnrichPreviewRequest request = read(content);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request == null || request.body() == null || request.body().isBlank()) {
            errors.add(new Problem.FieldError("body", "is required: the HTML or text to tag"));
        } else if (request.body().length() > config.maxPreviewLength()) {
            errors.add(new Problem.FieldError("body", "must be at most " + config.maxPreviewLength() + " characters"));
        }
        if (request != null && request.headline() != null && request.headline().length() > 300) {
            errors.add(new Problem.FieldError("headline", "must be at most 300 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidPreviewException(errors);
        }
        TaggingResult result = tagging.tag(request.headline(), HtmlText.plain(request.body()));
        return new EnrichPreview(result.tags(), explain ? result.evidence() : null);
    }

    /** Read here, not by the framework, so malformed JSON is answered like any other invalid field. */
    private static EnrichPreviewRequest read(byte[] content) {
        try {
            return EventJson.mapper().readValue(content, EnrichPreviewRequest.class);
        } catch (IOException e) {
            throw new InvalidPreviewException(List.of(new Problem.FieldError("",
                    "the body must be a JSON object with string fields 'headline' and 'body'")));
        }
    }
}
