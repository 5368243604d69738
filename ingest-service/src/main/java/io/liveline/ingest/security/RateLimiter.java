package io.liveline.ingest.security;

import io.liveline.events.ApiKey;
import io.liveline.ingest.RateLimitedException;
import io.liveline.ingest.config.IngestConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per API key: a newsroom system may send {@code rate-limit-per-second} requests
 * on average with bursts up to {@code rate-limit-burst}, so one runaway client cannot starve the
 * others. Per replica: with N replicas behind a balancer the effective limit is about N times.
 *
 * <p>A bucket left alone long enough to refill is the same as no bucket, so idle ones are dropped:
 * memory follows the keys in use, not every key (rotated, revoked) this replica ever saw.
 */
@ApplicationScoped
public class RateLimiter {

    private final double perSecond;
    private final int burst;
    private final long refillNanos;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Counter evicted;
    private volatile long sweptAt;

    @Inject
    public RateLimiter(IngestConfig config, MeterRegistry registry) {
        this(config.rateLimitPerSecond(), config.rateLimitBurst(), registry, System::nanoTime);
    }

    RateLimiter(double perSecond, int burst, MeterRegistry registry, LongSupplier clock) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.refillNanos = (long) Math.ceil(burst / perSecond * 1e9);
        this.clock = clock;
        this.sweptAt = clock.getAsLong();
        this.evicted = registry.counter("liveline.ingest.rate.limit.buckets.evicted");
        registry.gaugeMapSize("liveline.ingest.rate.limit.buckets", List.of(), buckets);
    }

    /** @throws RateLimitedException when the key has no token left, with the seconds until it has one */
    public void acquire(ApiKey key) {
        long now = clock.getAsLong();
        if (now - sweptAt > refillNanos) {
            sweep(now);
        }
        double waitSeconds;
        while (true) {
            Bucket bucket = buckets.computeIfAbsent(key.name(), name -> new Bucket(burst, now));
            synchronized (bucket) {
                if (bucket.evicted) {
                    continue;
                }
                bucket.tokens = Math.min(burst, bucket.tokens + Math.max(0, now - bucket.refilledAt) / 1e9 * perSecond);
                bucket.refilledAt = Math.max(now, bucket.refilledAt);
                if (bucket.tokens >= 1) {
                    bucket.tokens -= 1;
                    return;
                }
                waitSeconds = (1 - bucket.tokens) / perSecond;
            }
            throw new RateLimitedException(key.name(), (int) Math.ceil(waitSeconds));
        }
    }

    /** Drops every bucket that has had time to fill up again since it was last used. */
    private void sweep(long now) {
        sweptAt = now;
        buckets.forEach((name, bucket) -> {
            synchronized (bucket) {
                if (now - bucket.refilledAt > refillNanos) {
                    bucket.evicted = true;
                    buckets.remove(name, bucket);
                    evicted.increment();
                }
            }
        });
    }

    private static final class Bucket {
        double tokens;
        long refilledAt;
        boolean evicted;

        Bucket(double tokens, long refilledAt) {
            this.tokens = tokens;
            this.refilledAt = refilledAt;
        }
    }
}
