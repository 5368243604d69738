package io.liveline.ingest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liveline.events.ApiKey;
import io.liveline.ingest.RateLimitedException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong nanos = new AtomicLong();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    // 2 a second, bursts of 4: a bucket is full again 2 s after its last use.
    private final RateLimiter limiter = new RateLimiter(2, 4, registry, nanos::get);

    private static ApiKey key(String name) {
        return new ApiKey(name, new byte[32], List.of("*"));
    }

    @Test
    void idleBucketsAreEvictedAndCounted() {
        for (int i = 0; i < 1_000; i++) {
            acquire(key("rotated-" + i), 1);
        }
        assertThat(registry.get("liveline.ingest.rate.limit.buckets").gauge().value()).isEqualTo(1_000);
        nanos.addAndGet(2_100_000_000L);
        limiter.acquire(key("in-use"));
        assertThat(registry.get("liveline.ingest.rate.limit.buckets").gauge().value()).isEqualTo(1);
        assertThat(registry.get("liveline.ingest.rate.limit.buckets.evicted").counter().count()).isEqualTo(1_000);
    }

    @Test
    void aBucketInUseIsNotEvictedSoItsLimitHolds() {
        ApiKey busy = key("busy");
        acquire(busy, 4);
        assertThatThrownBy(() -> limiter.acquire(busy)).isInstanceOf(RateLimitedException.class);
        nanos.addAndGet(1_000_000_000L);
        acquire(busy, 2);
        // Past the sweep interval, but busy was used a second ago: it keeps its near-empty bucket.
        nanos.addAndGet(1_050_000_000L);
        limiter.acquire(key("other"));
        acquire(busy, 2);
        assertThatThrownBy(() -> limiter.acquire(busy)).isInstanceOf(RateLimitedException.class);
        assertThat(registry.get("liveline.ingest.rate.limit.buckets.evicted").counter().count()).isZero();
    }

    private void acquire(ApiKey key, int times) {
        for (int i = 0; i < times; i++) {
            limiter.acquire(key);
        }
    }
}
