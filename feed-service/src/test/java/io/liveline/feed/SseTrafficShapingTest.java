package io.liveline.feed;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.devstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import javax.net.SocketFactory;
import org.junit.jupiter.api.Test;

/**
 * The HTTP/1.1 stream with traffic shaping on: Vert.x then adds a handler that holds the response's
 * writes until a flush (as with TLS) and a shaping handler nearer the socket, and events written as
 * chunks below the encoder must still come out whole and in order with the heartbeats.
 */
@QuarkusTest
@TestProfile(SseTrafficShapingTest.Shaped.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class SseTrafficShapingTest {

    /** Shaping far above what the test sends, so it changes the pipeline, not the pace. */
    public static class Shaped implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> settings = new HashMap<>(new FeedTestProfile().getConfigOverrides());
            settings.put("quarkus.http.traffic-shaping.enabled", "true");
            settings.put("quarkus.http.traffic-shaping.outbound-global-bandwidth", "1G");
            settings.put("quarkus.http.traffic-shaping.inbound-global-bandwidth", "1G");
            return settings;
        }
    }

    @TestHTTPResource("/")
    URL base;

    @Test
    void eventsAndHeartbeatsInterleaveAsOneWellFormedChunkedBody() throws Exception {
        SseWireTest.eventsAndHeartbeatsInterleaveAsOneWellFormedChunkedBody(base, "feed-shaped", SocketFactory.getDefault());
    }
}
