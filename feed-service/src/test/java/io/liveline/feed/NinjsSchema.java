package io.liveline.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.liveline.events.EventJson;
import java.io.IOException;
import java.util.List;

/**
 * IPTC's published ninjs 3.0 JSON Schema (draft 2020-12), read verbatim from the test resources
 * ({@code ninjs/README.md} says where it comes from and under which licence), with formats asserted.
 */
public final class NinjsSchema {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                    builder -> builder.schemaMappers(mappers -> mappers
                            .mapPrefix("http://www.iptc.org/std/ninjs/", "classpath:ninjs/")
                            .mapPrefix("https://geojson.org/schema/GeoJSON.json", "classpath:ninjs/geojson-none.schema.json")))
            .getSchema(SchemaLocation.of("http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json"),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    private NinjsSchema() {
    }

    /** What the schema finds wrong with this JSON text, as messages; empty when it is a valid ninjs 3.0 item. */
    public static List<String> violations(String json) {
        try {
            return violations(EventJson.mapper().readTree(json));
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    public static List<String> violations(JsonNode item) {
        return SCHEMA.validate(item).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
