package io.liveline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveline.devstack.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random bodies (mutated valid updates, random JSON, random bytes): never a 5xx, and
 * exactly the accepted ones reach Kafka. Seeded, so a failure replays.
 */
@QuarkusTest
@TestProfile(FuzzIngestTest.NoRateLimit.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class FuzzIngestTest {

    private static final int BODIES = 2_000;
    private static final String[] PIECES = {"{", "}", "[", "]", ",", ":", "\"body\"", "\"headline\"", "\"kind\"",
        "\"pinned\"", "\"author\"", "\"publishedAt\"", "\"id\"", "\"<p>x</p>\"", "\"<script>alert(1)</script>\"", "null",
        "true", "42", "-1e999", "\"\\u0000\"", "\"2026-13-45T99:00:00Z\"", "\"key-event\"", "\"../../etc\"", "\"\\ud800\""};

    /** The fuzzer sends far more than a newsroom's rate. */
    public static class NoRateLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liveline.ingest.rate-limit-per-second", "100000", "liveline.ingest.rate-limit-burst", "100000");
        }
    }

    @Test
    void noRandomBodyCausesA5xxAndOnlyAcceptedOnesArePublished() {
        Random random = new Random(20261125L);
        String blog = "test-fuzz";
        int accepted = 0;
        for (int i = 0; i < BODIES; i++) {
            byte[] body = body(random);
            int status = Requests.newsroom().contentType(ContentType.JSON).body(body)
                    .post("/v1/liveblogs/" + blog + "/updates").then().extract().statusCode();
            assertThat(status).as("body %d: %s", i, new String(body, StandardCharsets.UTF_8)).isIn(202, 400);
            accepted += status == 202 ? 1 : 0;
        }
        assertThat(accepted).as("the fuzzer must also produce valid bodies").isBetween(50, BODIES - 50);
        assertThat(RawTopic.records(blog, accepted + 1, Duration.ofSeconds(15))).hasSize(accepted);
    }

    private static byte[] body(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> mutatedUpdate(random).getBytes(StandardCharsets.UTF_8);
            case 1 -> randomJson(random).getBytes(StandardCharsets.UTF_8);
            default -> {
                byte[] bytes = new byte[random.nextInt(200)];
                random.nextBytes(bytes);
                yield bytes;
            }
        };
    }

    /** A valid update with one field replaced, dropped or duplicated. */
    private static String mutatedUpdate(Random random) {
        String[] fields = {"\"body\": \"<p>Update " + random.nextInt() + "</p>\"", "\"headline\": \"Latest\"",
            "\"kind\": \"breaking\"", "\"pinned\": false", "\"author\": {\"name\": \"Desk\"}", "\"publishedAt\": \"2026-11-25T10:00:00Z\""};
        int target = random.nextInt(fields.length + 2);
        if (target < fields.length) {
            String name = fields[target].substring(0, fields[target].indexOf(':'));
            fields[target] = random.nextBoolean() ? name + ": " + PIECES[random.nextInt(PIECES.length)] : "\"unknown\": 1";
        }
        return "{" + String.join(", ", fields) + "}";
    }

    private static String randomJson(Random random) {
        StringBuilder json = new StringBuilder();
        int length = 1 + random.nextInt(30);
        for (int i = 0; i < length; i++) {
            json.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return json.toString();
    }
}
