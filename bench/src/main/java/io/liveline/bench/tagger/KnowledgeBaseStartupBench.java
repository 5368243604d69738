package io.liveline.bench.tagger;

import io.liveline.bench.BenchServices;
import io.liveline.devstack.KafkaBroker;
import io.liveline.devstack.ServiceProcess;
import io.liveline.enrich.tagger.SeedEntities;
import io.liveline.events.EventJson;
import io.liveline.events.KbEntity;
import io.liveline.events.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Start-to-ready of the packaged enrich-service over a real broker: from launching the JVM to
 * {@code /q/health/ready} answering 200, which waits until the replica has read {@code liveline.kb}
 * and built its tagger. First with the shipped knowledge base only (the first start also seeds it),
 * then, after 100,000 imported entities were written to the topic, several restarts. Prints a
 * Markdown table with the CPU time the service's JVM had used when it became ready, and the load
 * average before and after each run.
 *
 * <p>Usage: {@code KnowledgeBaseStartupBench [repository root] [imported entities] [restarts]}.
 */
public final class KnowledgeBaseStartupBench {

    private KnowledgeBaseStartupBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        int imported = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int restarts = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        System.out.println("| start | entities on liveline.kb | start to ready (s) | CPU of the process by then (s) | load average before -> after |");
        System.out.println("|---|---|---|---|---|");
        try (KafkaBroker kafka = KafkaBroker.start()) {
            kafka.createTopics(List.of(Topics.RAW, Topics.ENRICHED, Topics.DLQ));
            int shipped = SeedEntities.fromClasspath().size();
            run(root, kafka, "first start, seeds the shipped KB", shipped);
            run(root, kafka, "restart, shipped KB", shipped);
            List<KbEntity> all = ImportedEntities.shippedPlus(imported);
            write(kafka, all.subList(shipped, all.size()));
            for (int i = 1; i <= restarts; i++) {
                run(root, kafka, "restart " + i + ", shipped + " + imported + " imported", all.size());
            }
        }
    }

    /** Starts enrich-service, waits until it is ready, prints the time, and stops it. */
    private static void run(Path root, KafkaBroker kafka, String label, int entities) throws Exception {
        List<ServiceProcess> services = new ArrayList<>();
        String before = loadAverage();
        long start = System.nanoTime();
        try {
            ServiceProcess enrich = BenchServices.start(services, root, "enrich-service", BenchServices.LOCAL_RUN_JVM, kafka, Map.of());
            enrich.awaitReady(Duration.ofMinutes(10));
            double seconds = (System.nanoTime() - start) / 1e9;
            // CPU time says more than wall time on a shared machine: it counts only this JVM's work.
            double cpu = enrich.handle().info().totalCpuDuration().map(d -> d.toMillis() / 1e3).orElse(Double.NaN);
            System.out.printf("| %s | %,d | %.1f | %.1f | %s -> %s |%n", label, entities, seconds, cpu, before, loadAverage());
        } finally {
            for (ServiceProcess service : services) {
                service.close();
            }
        }
    }

    private static void write(KafkaBroker kafka, List<KbEntity> entities) {
        Map<String, Object> config = Map.of("bootstrap.servers", kafka.bootstrapServers(), "acks", "all", "linger.ms", 20);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (KbEntity entity : entities) {
                producer.send(new ProducerRecord<>(Topics.KB, entity.id(), EventJson.write(entity).getBytes(StandardCharsets.UTF_8)));
            }
            producer.flush();
        }
    }

    private static String loadAverage() throws Exception {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }
}
