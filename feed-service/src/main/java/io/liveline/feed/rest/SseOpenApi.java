package io.liveline.feed.rest;

import io.liveline.events.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Adds the SSE endpoints to the OpenAPI description: they are Vert.x routes ({@link SseRoutes}),
 * which the annotation scanner does not see. Each event of the stream is an {@code update} whose
 * data is a {@code FeedUpdate}, a {@code delete} whose data is a {@code FeedRetraction}, or a
 * {@code liveblog} whose data is a {@code FeedLiveblog}: the schemas generated from the very
 * records the stream writes.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SseOpenApi implements OASFilter {

    static final String EVENT_STREAM = "text/event-stream";
    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths()
                .addPathItem("/v1/liveblogs/{liveblogId}/events", stream("Follow one live blog",
                        OASFactory.createParameter().name("liveblogId").in(Parameter.In.PATH).required(true)
                                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))))
                .addPathItem("/v1/events", stream("Follow every live blog", null));
    }

    private static PathItem stream(String summary, Parameter liveblogId) {
        var operation = OASFactory.createOperation()
                .operationId(liveblogId == null ? "followAll" : "followLiveblog")
                .summary(summary)
                .description("Server-sent events, newest change last, each with an id that orders the stream. Event "
                        + "'update': a new or edited update, data a FeedUpdate. Event 'delete': a retraction, data a "
                        + "FeedRetraction. Event 'liveblog': the live blog's title, description or state changed, data a "
                        + "FeedLiveblog; it passes every tag filter. Comments are heartbeats. Last-Event-ID (or lastEventId) resumes right after "
                        + "that event, on any replica; the tag filters narrow the stream as they narrow a page.");
        if (liveblogId != null) {
            operation.addParameter(liveblogId);
        }
        operation.addParameter(OASFactory.createParameter().name("Last-Event-ID").in(Parameter.In.HEADER)
                .description("the id of the last event seen").schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        for (String query : List.of("lastEventId", "person", "country", "organisation", "topic")) {
            operation.addParameter(OASFactory.createParameter().name(query).in(Parameter.In.QUERY)
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        operation.responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("the stream")
                        .content(OASFactory.createContent().addMediaType(EVENT_STREAM, OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().description("one event of the stream")
                                        .oneOf(List.of(event("update", "FeedUpdate"), event("delete", "FeedRetraction"),
                                                event("liveblog", "FeedLiveblog")))))))
                .addAPIResponse("400", OASFactory.createAPIResponse().description("a parameter at fault")
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()))));
        return OASFactory.createPathItem().GET(operation);
    }

    /** One kind of event: its name on the {@code event:} line and the schema of its {@code data:} JSON. */
    private static Schema event(String name, String dataSchema) {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .required(List.of("id", "event", "data"))
                .properties(Map.of(
                        "id", string,
                        "event", OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of(name)),
                        "data", OASFactory.createSchema().ref(SCHEMAS + dataSchema)));
    }
}
