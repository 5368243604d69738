package io.liveline.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The id checks the services run accept exactly what the published JSON Schema's patterns accept. */
class IdentifiersTest {

    private static final String ALPHABET = "az09AZ-._~ /%é";

    @Test
    void liveblogIdsAgreeWithTheSchema() throws Exception {
        assertThat(Identifiers.isLiveblogId("ukraine-war-live")).isTrue();
        assertThat(Identifiers.isLiveblogId("Ukraine")).isFalse();
        assertThat(Identifiers.isLiveblogId("-live")).isFalse();
        assertThat(Identifiers.isLiveblogId("a".repeat(80))).isTrue();
        assertThat(Identifiers.isLiveblogId("a".repeat(81))).isFalse();
        agreeWithSchema("liveblogId", Identifiers::isLiveblogId);
    }

    @Test
    void updateIdsAgreeWithTheSchema() throws Exception {
        assertThat(Identifiers.isUpdateId("post-1.v2~x_y")).isTrue();
        assertThat(Identifiers.isUpdateId("../etc")).isFalse();
        assertThat(Identifiers.isUpdateId("a".repeat(129))).isFalse();
        agreeWithSchema("id", Identifiers::isUpdateId);
    }

    private static void agreeWithSchema(String property, Predicate<String> check) throws Exception {
        Pattern pattern = Pattern.compile(schemaPattern(property));
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            // Mostly short strings, some near the length limits.
            int length = random.nextInt(10) == 0 ? 75 + random.nextInt(60) : random.nextInt(6);
            StringBuilder value = new StringBuilder();
            for (int j = 0; j < length; j++) {
                value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String candidate = value.toString();
            assertThat(check.test(candidate)).as("%s '%s'", property, candidate).isEqualTo(pattern.matcher(candidate).find());
        }
        assertThat(check.test(null)).isFalse();
    }

    private static String schemaPattern(String property) throws Exception {
        try (InputStream schema = IdentifiersTest.class.getResourceAsStream("/schemas/live-update.schema.json")) {
            JsonNode root = EventJson.mapper().readTree(schema);
            return root.path("properties").path(property).path("pattern").asText();
        }
    }
}
