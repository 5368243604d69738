package io.liveline.feed.health;

import io.liveline.feed.config.FeedConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Whether the broker answers, reported but never held against readiness: while Kafka is away the
 * feed still serves every stored update over REST and SSE replay from PostgreSQL; it only falls
 * behind what newsrooms publish. How far, in time, is the gauge
 * {@code liveline_feed_kafka_unreachable_seconds} (0 while the broker answers), and a warning is
 * logged when the broker stops answering and every minute after, until it answers again.
 */
@Readiness
@ApplicationScoped
public class BrokerReachability implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(BrokerReachability.class);
    private static final long WARN_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final Map<String, Object> kafka;
    private final FeedConfig config;
    private final Vertx vertx;
    private final AtomicBoolean probing = new AtomicBoolean();
    private Admin admin;
    private long timer;
    private volatile long unreachableSince = -1;
    private long warnedAt;

    public BrokerReachability(@Identifier("default-kafka-broker") Map<String, Object> kafka, FeedConfig config, Vertx vertx,
            MeterRegistry registry) {
        this.kafka = kafka;
        this.config = config;
        this.vertx = vertx;
        registry.gauge("liveline.feed.kafka.unreachable.seconds", this, BrokerReachability::unreachableSeconds);
    }

    void onStart(@Observes StartupEvent event) {
        Map<String, Object> settings = new HashMap<>();
        kafka.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                settings.put(key, value);
            }
        });
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "liveline-feed-reachability");
        admin = Admin.create(settings);
        timer = vertx.setPeriodic(config.healthProbeInterval().toMillis(), id -> probe());
    }

    void onStop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }

    private void probe() {
        if (!probing.compareAndSet(false, true)) {
            return;
        }
        int timeout = (int) config.healthProbeTimeout().toMillis();
        admin.describeCluster(new DescribeClusterOptions().timeoutMs(timeout)).clusterId()
                .whenComplete((id, failure) -> {
                    record(failure == null);
                    probing.set(false);
                });
    }

    private synchronized void record(boolean answered) {
        long now = System.nanoTime();
        if (answered) {
            if (unreachableSince >= 0) {
                LOG.infof("Kafka answers again after %d s; the feed catches up from the log", (now - unreachableSince) / 1_000_000_000L);
            }
            unreachableSince = -1;
        } else if (unreachableSince < 0) {
            unreachableSince = now;
            warnedAt = now;
            LOG.warn("Kafka does not answer: still serving stored updates from PostgreSQL, but new ones wait until it does");
        } else if (now - warnedAt >= WARN_EVERY_NANOS) {
            warnedAt = now;
            LOG.warnf("Kafka has not answered for %d s: the feed is that far behind what newsrooms publish",
                    (now - unreachableSince) / 1_000_000_000L);
        }
    }

    double unreachableSeconds() {
        long since = unreachableSince;
        return since < 0 ? 0 : (System.nanoTime() - since) / 1e9;
    }

    @Override
    public HealthCheckResponse call() {
        long seconds = (long) unreachableSeconds();
        return HealthCheckResponse.named("Kafka").up()
                .withData("required", "no: reads are served from PostgreSQL")
                .withData("unreachable seconds", seconds).build();
    }
}
