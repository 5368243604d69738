package io.liveline.devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points a {@code @QuarkusTest} at the JVM's real PostgreSQL, for both the reactive and the JDBC (migration) client. */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Postgres postgres = SharedInfrastructure.postgres();
        return postgres.quarkusSettings();
    }

    @Override
    public void stop() {
        // The database outlives this test class: the next one in the JVM reuses it.
    }
}
