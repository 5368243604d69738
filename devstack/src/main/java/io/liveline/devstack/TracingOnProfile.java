package io.liveline.devstack;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The kubernetes profile's tracing switch without its JSON logs, spans exported every 50 ms for tests to read. */
public class TracingOnProfile implements QuarkusTestProfile {

    /** For a profile that turns tracing on beside settings of its own. */
    public static final Map<String, String> SETTINGS = Map.of(
            "quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "50ms");

    @Override
    public Map<String, String> getConfigOverrides() {
        return SETTINGS;
    }
}
