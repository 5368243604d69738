package io.liveline.feed;

import io.liveline.devstack.TracingOnProfile;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * Short heartbeats so tests see them without waiting 15 s; tracing on as in Kubernetes (feed-service
 * behaves alike either way), so the tracing test shares this start-up instead of paying its own.
 */
public class FeedTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> settings = new HashMap<>(TracingOnProfile.SETTINGS);
        settings.put("liveline.feed.heartbeat", "1s");
        return settings;
    }
}
