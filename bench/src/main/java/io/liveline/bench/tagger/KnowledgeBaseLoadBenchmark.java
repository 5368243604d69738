package io.liveline.bench.tagger;

import io.liveline.enrich.tagger.Tagger;
import io.liveline.events.KbEntity;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to build the tagger from the knowledge base's entities in a fresh JVM, as an enrich-service
 * replica does once it has read {@code liveline.kb}: every fork measures one cold build, with no
 * warm-up, of the shipped entities alone or with {@code imported} more.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class KnowledgeBaseLoadBenchmark {

    @Param({"0", "100000"})
    public int imported;

    private List<KbEntity> entities;

    @Setup
    public void read() {
        entities = ImportedEntities.shippedPlus(imported);
    }

    @Benchmark
    public Tagger loadKnowledgeBase() {
        return Tagger.of(entities);
    }
}
