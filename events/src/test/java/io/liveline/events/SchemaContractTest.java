package io.liveline.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON Schemas published in events/ describe exactly what the services put on the wire. */
class SchemaContractTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix("https://liveline.io/schemas/", "classpath:schemas/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private static JsonSchema schema(String file) {
        return FACTORY.getSchema(SchemaLocation.of("https://liveline.io/schemas/" + file), CONFIG);
    }

    private static JsonNode wire(Object event) {
        try {
            return EventJson.mapper().readTree(new EventSerializer<>().serialize("t", event));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void publishedUpdateMatchesItsSchema() throws Exception {
        assertThat(schema("live-update.schema.json").validate(wire(EventSamples.published()))).isEmpty();
    }

    @Test
    void retractionMatchesItsSchema() throws Exception {
        LiveUpdate retraction = LiveUpdate.retraction("harbour-strike-live", "u-0007", 7L, EventSamples.RECEIVED);
        assertThat(schema("live-update.schema.json").validate(wire(retraction))).isEmpty();
    }

    @Test
    void enrichedUpdateMatchesItsSchema() throws Exception {
        assertThat(schema("enriched-update.schema.json").validate(wire(EventSamples.enriched()))).isEmpty();
    }

    @Test
    void liveblogMetadataMatchesItsSchema() throws Exception {
        LiveblogMetadata live = LiveblogMetadata.next(null, "harbour-strike-live", "Harbour strike", "Dockers walk out.",
                LiveblogState.LIVE, EventSamples.RECEIVED);
        LiveblogMetadata ended = LiveblogMetadata.next(live, live.liveblogId(), live.title(), null, LiveblogState.ENDED,
                EventSamples.RECEIVED.plusSeconds(60));
        assertThat(schema("liveblog-metadata.schema.json").validate(wire(live))).isEmpty();
        assertThat(schema("liveblog-metadata.schema.json").validate(wire(ended))).isEmpty();
        ObjectNode node = (ObjectNode) wire(ended);
        node.remove("closedAt");
        node.put("state", "LIVE");
        assertThat(schema("liveblog-metadata.schema.json").validate(node)).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("state"));
    }

    @Test
    void schemaRejectsWhatTheRecordsForbid() throws Exception {
        ObjectNode node = (ObjectNode) wire(EventSamples.published());
        node.remove("body");
        node.put("liveblogId", "Not A Slug");
        Set<ValidationMessage> errors = schema("live-update.schema.json").validate(node);
        assertThat(errors).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("liveblogId"))
                .anyMatch(m -> m.contains("body"));
    }

    @Test
    void schemaRejectsTopicWithoutMedtopCode() throws Exception {
        ObjectNode node = (ObjectNode) wire(EventSamples.enriched());
        ((ObjectNode) node.at("/tags/topics/0")).put("code", "labour");
        assertThat(schema("enriched-update.schema.json").validate(node)).isNotEmpty();
    }

    @Test
    void correctionMatchesItsSchemaAndMarksAddedTagsAsTheEditors() throws Exception {
        JsonNode node = wire(EventSamples.correction());
        assertThat(schema("tag-correction.schema.json").validate(node)).isEmpty();
        assertThat(node.at("/add/people/0/source").asText()).isEqualTo("editor");
        assertThat(node.at("/add/organisations/0/kbId").asText()).isEqualTo("port-of-rotterdam");
        assertThat(node.at("/remove/countries/0/source").isMissingNode()).isTrue();
    }

    @Test
    void editorTagsAndKbIdsMatchTheEnrichedSchema() throws Exception {
        EnrichedUpdate enriched = EventSamples.enriched();
        TagSet corrected = EventSamples.correction().add();
        JsonNode node = wire(new EnrichedUpdate(enriched.update(), corrected, enriched.enrichedAt()));
        assertThat(schema("enriched-update.schema.json").validate(node)).isEmpty();
        assertThat(schema("enriched-update.schema.json").validate(wire(enriched))).isEmpty();
    }

    @Test
    void schemaRejectsAnUnknownSourceAndAMalformedKbId() throws Exception {
        ObjectNode node = (ObjectNode) wire(EventSamples.enriched());
        ((ObjectNode) node.at("/tags/people/0")).put("source", "robot");
        ((ObjectNode) node.at("/tags/organisations/0")).put("kbId", "Not An Id");
        assertThat(schema("enriched-update.schema.json").validate(node)).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("source"))
                .anyMatch(m -> m.contains("kbId"));
    }
}
