package io.liveline.ingest.security;

import io.liveline.ingest.RateLimitedException;
import io.liveline.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per API key: a newsroom system may send {@code rate-limit-per-second} requests
 * on average with bursts up to {@code rate-limit-burst}, so one runaway client cannot starve the
 * others. Per replica: with N replicas behind a balancer the effective limit is about N times.
 */
@ApplicationScoped
public class RateLimiter {

    private final double perSecond;
    private final int burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(IngestConfig config) {
        this.perSecond = config.rateLimitPerSecond();
        this.burst = config.rateLimitBurst();
    }

    /** @throws RateLimitedException when the key has no token left, with the seconds until it has one */
    public void acquire(ApiKey key) {
        Bucket bucket = buckets.computeIfAbsent(key.name(), name -> new Bucket(burst, System.nanoTime()));
        double waitSeconds;
        synchronized (bucket) {
            long now = System.nanoTime();
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.refilledAt) / 1e9 * perSecond);
            bucket.refilledAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return;
            }
            waitSeconds = (1 - bucket.tokens) / perSecond;
        }
        throw new RateLimitedException(key.name(), (int) Math.ceil(waitSeconds));
    }

    private static final class Bucket {
        double tokens;
        long refilledAt;

        Bucket(double tokens, long refilledAt) {
            this.tokens = tokens;
            this.refilledAt = refilledAt;
        }
    }
}
