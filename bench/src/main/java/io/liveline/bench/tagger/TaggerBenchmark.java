package io.liveline.bench.tagger;

import io.liveline.enrich.tagger.Tagger;
import io.liveline.enrich.tagger.TaggingResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the tagger on one thread, in updates per second, for updates of about one
 * kilobyte; with {@code -prof gc} JMH also reports the bytes allocated per update. The
 * {@link CpuClock} counters give the rate per CPU-second, which a shared machine does not distort.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class TaggerBenchmark {

    /** Entities imported on top of the shipped knowledge base. */
    @Param({"0", "100000"})
    public int imported;

    private Tagger tagger;
    private List<String> updates;
    private int next;

    @Setup
    public void load() {
        tagger = Tagger.of(ImportedEntities.shippedPlus(imported));
        // Many different updates, so branch prediction and caches cannot learn a single one.
        updates = SampleUpdates.oneKilobyte(64);
    }

    @Benchmark
    public TaggingResult tagOneUpdate(CpuClock clock) {
        clock.tick();
        next = (next + 1) % updates.size();
        return tagger.tag(null, updates.get(next));
    }
}
