package io.liveline.bench.ingest;

import java.util.Arrays;

/** Recorded latencies in microseconds, and their percentiles. */
final class Latencies {

    private long[] values = new long[1 << 16];
    private int count;

    synchronized void record(long micros) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = micros;
    }

    synchronized int count() {
        return count;
    }

    /** The {@code p}-th percentile (0-100) in milliseconds. */
    synchronized double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int index = (int) Math.min(count - 1, Math.ceil(p / 100.0 * count) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
