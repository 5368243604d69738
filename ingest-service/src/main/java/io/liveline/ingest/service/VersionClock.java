package io.liveline.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issues update versions: microseconds since the epoch, strictly increasing within this process.
 * Replicas share no state, so across replicas versions order edits by wall-clock time; two edits
 * of one update within the clock skew between replicas may be ordered by skew, not by arrival.
 */
@ApplicationScoped
public class VersionClock {

    private final Clock clock;
    private final AtomicLong last = new AtomicLong();

    public VersionClock() {
        this(Clock.systemUTC());
    }

    VersionClock(Clock clock) {
        this.clock = clock;
    }

    /** A version higher than every one this process issued before, and not below the current time. */
    public long next() {
        Instant now = clock.instant();
        long micros = Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000L), now.getNano() / 1_000L);
        return last.updateAndGet(previous -> Math.max(previous + 1, micros));
    }
}
