package io.liveline.bench.tagger;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts updates and the CPU time the benchmark thread spent on them, so the rate per core is
 * {@code updates / cpuMicros * 1e6} even when other processes share the cores: on a busy machine
 * the wall-clock rate measures the machine's load as much as the tagger.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    // Reading the thread's CPU time costs about a microsecond: once every 256 updates is enough.
    private static final int SAMPLE_MASK = 255;

    public long updates;
    public long cpuMicros;
    private long since;

    @Setup(Level.Iteration)
    public void start() {
        updates = 0;
        cpuMicros = 0;
        since = THREADS.getCurrentThreadCpuTime();
    }

    void tick() {
        if ((++updates & SAMPLE_MASK) == 0) {
            long now = THREADS.getCurrentThreadCpuTime();
            cpuMicros += (now - since) / 1000;
            since = now;
        }
    }
}
