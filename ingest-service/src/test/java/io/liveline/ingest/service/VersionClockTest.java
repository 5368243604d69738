package io.liveline.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Versions order edits: strictly increasing in a replica, by wall clock across replicas. */
class VersionClockTest {

    /** A clock the test moves by hand, also backwards (an NTP step). */
    private static final class HandClock extends Clock {
        Instant now;

        HandClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void versionsAreMicrosecondsAndStrictlyIncreaseEvenWhenTheClockStandsStillOrStepsBack() {
        HandClock clock = new HandClock(Instant.parse("2026-11-25T09:00:00.000001Z"));
        VersionClock versions = new VersionClock(clock);
        long first = versions.next();
        assertThat(first).isEqualTo(Instant.parse("2026-11-25T09:00:00Z").getEpochSecond() * 1_000_000 + 1);
        long sameInstant = versions.next();
        clock.now = clock.now.minusSeconds(2);
        long afterStepBack = versions.next();
        assertThat(List.of(first, sameInstant, afterStepBack)).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void editsOnTwoReplicasOrderByTheirTime() {
        HandClock clockA = new HandClock(Instant.parse("2026-11-25T09:00:00Z"));
        HandClock clockB = new HandClock(Instant.parse("2026-11-25T09:00:00Z"));
        VersionClock replicaA = new VersionClock(clockA);
        VersionClock replicaB = new VersionClock(clockB);
        long editOnA = replicaA.next();
        clockB.now = clockB.now.plusMillis(3);
        long laterEditOnB = replicaB.next();
        clockA.now = clockA.now.plusMillis(5);
        long latestEditOnA = replicaA.next();
        assertThat(List.of(editOnA, laterEditOnB, latestEditOnA)).isSorted();
    }

    @Test
    void concurrentCallersNeverShareAVersion() {
        VersionClock versions = new VersionClock();
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        List<Long> all = new ArrayList<>();
        IntStream.range(0, 20_000).parallel().forEach(i -> seen.add(versions.next()));
        all.addAll(seen);
        assertThat(all).hasSize(20_000);
    }
}
