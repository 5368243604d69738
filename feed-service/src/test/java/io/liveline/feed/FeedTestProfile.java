package io.liveline.feed;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Short heartbeats so tests see them without waiting 15 s. */
public class FeedTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("liveline.feed.heartbeat", "1s");
    }
}
