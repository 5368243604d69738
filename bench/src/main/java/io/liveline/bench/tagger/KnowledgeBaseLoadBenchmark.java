package io.liveline.bench.tagger;

import io.liveline.enrich.tagger.Tagger;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to load the knowledge base and build the tagger in a fresh JVM, as enrich-service does once
 * at start-up: every fork measures one cold load, with no warm-up.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class KnowledgeBaseLoadBenchmark {

    @Benchmark
    public Tagger loadKnowledgeBase() {
        return Tagger.fromClasspath();
    }
}
