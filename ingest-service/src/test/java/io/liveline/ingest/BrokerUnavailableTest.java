package io.liveline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With no broker to acknowledge, a write is a bounded 503 with Retry-After: never a hang, never a 2xx. */
@QuarkusTest
@TestProfile(BrokerUnavailableTest.NoBroker.class)
class BrokerUnavailableTest {

    /** A broker address where nothing listens, and a short publish timeout. */
    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:1", "liveline.ingest.publish-timeout", "2s");
        }
    }

    @Test
    void writeIsRefusedWithinTheTimeout() {
        long start = System.nanoTime();
        Requests.newsroom().contentType(ContentType.JSON).body("{\"body\": \"<p>Polls close</p>\"}")
                .post("/v1/liveblogs/test-no-broker/updates")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://liveline.io/problems/broker-unavailable"));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(8_000);
    }

    @Test
    void correctionIsRefusedWithinTheTimeout() {
        Requests.newsroom().contentType(ContentType.JSON).body("{\"remove\": {\"countries\": [{\"code\": \"JO\"}]}}")
                .patch("/v1/liveblogs/test-no-broker/updates/u-1/tags")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("https://liveline.io/problems/broker-unavailable"));
    }
}
