package io.liveline.feed.health;

import io.liveline.feed.config.FeedConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Ready when PostgreSQL answers, which is all the read API and SSE replay need. The database is
 * probed on a timer with a short timeout and the probe answers from the last result, so a
 * readiness request never waits on a slow database, and readiness follows the database within
 * one probe interval plus its timeout of its return. A locked row does not make the probe wait:
 * it touches no table.
 */
@Readiness
@ApplicationScoped
public class StoreReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(StoreReadiness.class);

    private final Pool pool;
    private final FeedConfig config;
    private final Vertx vertx;
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile boolean up;
    private volatile boolean probed;
    private volatile String detail = "not yet probed";
    private long timer;

    public StoreReadiness(Pool pool, FeedConfig config, Vertx vertx) {
        this.pool = pool;
        this.config = config;
        this.vertx = vertx;
    }

    void onStart(@Observes StartupEvent event) {
        probe();
        timer = vertx.setPeriodic(config.healthProbeInterval().toMillis(), id -> probe());
    }

    void onStop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
    }

    private void probe() {
        if (!probing.compareAndSet(false, true)) {
            return;
        }
        Duration timeout = config.healthProbeTimeout();
        pool.query("SELECT 1").execute()
                .ifNoItem().after(timeout).fail()
                .subscribe().with(rows -> record(true, "answered at " + Instant.now()),
                        failure -> record(false, failure.toString()));
    }

    private void record(boolean answered, String what) {
        if (answered && probed && !up) {
            LOG.info("PostgreSQL answers again: ready");
        } else if (!answered && (up || !probed)) {
            LOG.warnf("PostgreSQL does not answer (%s): not ready until it does", what);
        }
        up = answered;
        probed = true;
        detail = what;
        probing.set(false);
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("PostgreSQL").status(up).withData("last probe", detail).build();
    }
}
