package io.liveline.ingest.health;

import io.liveline.ingest.kafka.LiveblogFollower;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the replica has read every live blog's state: before that it cannot tell an ended blog. */
@Readiness
@ApplicationScoped
public class LiveblogStatesReadiness implements HealthCheck {

    private final LiveblogFollower follower;

    public LiveblogStatesReadiness(LiveblogFollower follower) {
        this.follower = follower;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("live blog states").status(follower.isLoaded()).build();
    }
}
