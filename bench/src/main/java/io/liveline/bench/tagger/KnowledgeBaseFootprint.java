package io.liveline.bench.tagger;

import io.liveline.enrich.tagger.Tagger;
import io.liveline.events.KbEntity;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Heap a replica's tagger holds for the shipped knowledge base alone and with 100,000 imported
 * entities (used heap after full collections, with and without the tagger reachable), and the CPU
 * time of the build on its thread, which a shared machine distorts less than wall-clock time.
 * Run: {@code java -cp ... io.liveline.bench.tagger.KnowledgeBaseFootprint}.
 */
public final class KnowledgeBaseFootprint {

    private KnowledgeBaseFootprint() {
    }

    public static void main(String[] args) {
        for (int imported : new int[] {0, 100_000}) {
            List<KbEntity> entities = ImportedEntities.shippedPlus(imported);
            long before = usedAfterGc();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            Tagger tagger = Tagger.of(entities);
            long cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            long wallMs = (System.nanoTime() - wall) / 1_000_000;
            long after = usedAfterGc();
            System.out.printf("shipped + %,d imported entities (%,d in all): built in %,d ms CPU (%,d ms wall), "
                    + "tagger holds %.1f MB%n", imported, entities.size(), cpuMs, wallMs, (after - before) / 1e6);
            if (tagger.tag(null, "Kyiv") == null) {
                throw new IllegalStateException("unreachable: keeps the tagger alive until measured");
            }
        }
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
