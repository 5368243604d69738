package io.liveline.bench.ingest;

import io.liveline.bench.BenchServices;
import io.liveline.devstack.KafkaBroker;
import io.liveline.devstack.ServiceProcess;
import io.liveline.events.Topics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Ingest throughput and latency beside Kafka's own {@code ProducerPerformance}, in one run on one
 * devstack broker: the raw producer (acks=all, 1 KB records) first, then ingest-service as a
 * separate process at full speed and at a fixed 500 requests/s, then the raw producer again with
 * records as large as ingest's.
 *
 * <p>Usage: {@code java -cp "bench/target/bench-*.jar:bench/target/lib/*" io.liveline.bench.ingest.IngestBenchmark [seconds]}
 * from the repository root, after {@code ./mvnw -DskipTests package}.
 */
public final class IngestBenchmark {

    private static final String KEY = "bench-key";
    private static final int RECORD_BYTES = 1024;
    /*
     * Connections for the throughput runs, each with one request at a time. Each single-update
     * request is one record and waits for its acknowledgement, so the producer batches only what
     * is in flight at once; past about 256 the two cores saturate and throughput falls again.
     */
    private static final int CONNECTIONS = 256;
    /** Batch runs: a few connections, each posting NDJSON batches of this many updates. */
    private static final int BATCH_CONNECTIONS = 8;
    private static final int BATCH_LINES = 100;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Duration run = Duration.ofSeconds(seconds);
        try (KafkaBroker broker = KafkaBroker.start()) {
            broker.createTopics(List.of(Topics.RAW, "bench.producer-performance"));
            String producer = producerPerformance(broker.bootstrapServers(), seconds, RECORD_BYTES);
            double producerRate = rate(producer);
            try (ServiceProcess ingest = startIngest(broker.bootstrapServers());
                    IngestLoad load = new IngestLoad(ingest.url(), KEY, RECORD_BYTES, CONNECTIONS)) {
                ingest.awaitReady(Duration.ofSeconds(60));
                load.closedLoop(16, Duration.ofSeconds(5));
                ProcessHandle service = ingest.handle();
                Duration cpu = cpu(service);
                IngestLoad.Result single = load.closedLoop(CONNECTIONS, run);
                Duration singleCpu = cpu(service).minus(cpu);
                cpu = cpu(service);
                IngestLoad.Result batched = load.closedLoopBatches(BATCH_CONNECTIONS, BATCH_LINES, run);
                Duration batchedCpu = cpu(service).minus(cpu);
                IngestLoad.Result fixed = load.openLoop(500, run);
                int recordBytes = recordBytes(broker.bootstrapServers());
                String sameSize = producerPerformance(broker.bootstrapServers(), seconds, recordBytes);
                System.out.println("== Kafka ProducerPerformance (acks=all, 1 KB): " + producer);
                System.out.println("== Kafka ProducerPerformance (acks=all, " + recordBytes + " B, the size of ingest's records): "
                        + sameSize);
                double sameSizeRate = rate(sameSize);
                report("single updates, " + CONNECTIONS + " connections", single, singleCpu, producerRate, sameSizeRate);
                report("NDJSON batches of " + BATCH_LINES + ", " + BATCH_CONNECTIONS + " connections", batched, batchedCpu,
                        producerRate, sameSizeRate);
                System.out.printf("== ingest-service at 500 req/s: %d accepted (%d failed), p50 %.2f ms, p99 %.2f ms%n",
                        fixed.accepted(), fixed.failed(), fixed.latencies().percentileMillis(50),
                        fixed.latencies().percentileMillis(99));
            }
        }
    }

    /*
     * The service's own CPU time per accepted update says what the throughput would be with a core
     * to itself, whatever the broker and the load client took from the two cores meanwhile.
     */
    private static void report(String run, IngestLoad.Result result, Duration cpu, double producerRate, double sameSizeRate) {
        System.out.printf("== ingest-service, %s: %.0f updates accepted/s (%d requests failed), request p50 %.2f ms,"
                + " p99 %.2f ms; ratio to the raw producer %.2f (%.2f at the same record size); service CPU %.1f us per"
                + " update (%.2f cores)%n", run,
                result.acceptedPerSecond(), result.failed(), result.latencies().percentileMillis(50),
                result.latencies().percentileMillis(99), result.acceptedPerSecond() / producerRate,
                result.acceptedPerSecond() / sameSizeRate,
                cpu.toNanos() / 1e3 / Math.max(1, result.accepted()), cpu.toNanos() / 1e9 / result.seconds());
    }

    /** Records per second from ProducerPerformance's summary line. */
    private static double rate(String summary) {
        return Double.parseDouble(summary.replaceAll(".*?, ([0-9.]+) records/sec.*", "$1"));
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("no CPU time for " + process.pid()));
    }

    /**
     * What one of ingest's records weighs on the broker, value and headers: a 1 KB update becomes
     * its sanitised HTML, its plain text and the event's fields, more than twice the 1 KB records of
     * the reference run, so the raw producer runs again with records of this size.
     */
    private static int recordBytes(String bootstrap) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            // Any partition will do: every record has the same shape.
            consumer.assign(List.of(new TopicPartition(Topics.RAW, 0)));
            for (int polls = 0; polls < 100; polls++) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    int headers = 0;
                    for (Header header : record.headers()) {
                        headers += header.key().length() + header.value().length;
                    }
                    return record.key().length + record.value().length + headers;
                }
            }
            throw new IllegalStateException("no record on " + Topics.RAW + " after the runs");
        }
    }

    /** Runs ProducerPerformance as its own JVM and returns its summary line. */
    private static String producerPerformance(String bootstrap, int seconds, int recordBytes) throws IOException, InterruptedException {
        // Enough records for about the same duration as the ingest run at a typical local rate.
        int records = seconds * 20_000;
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                "org.apache.kafka.tools.ProducerPerformance", "--topic", "bench.producer-performance",
                "--num-records", String.valueOf(records), "--record-size", String.valueOf(recordBytes),
                "--throughput", "-1", "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all",
                "enable.idempotence=true", "linger.ms=1"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String summary = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.contains("records sent")) {
                    summary = line;
                }
            }
        }
        process.waitFor();
        if (summary == null) {
            throw new IllegalStateException("ProducerPerformance printed no summary");
        }
        return summary.replaceAll("^.*?(\\d+ records sent)", "$1");
    }

    private static ServiceProcess startIngest(String bootstrap) throws Exception {
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(KEY.getBytes(StandardCharsets.UTF_8)));
        return ServiceProcess.start("ingest-service", ServiceProcess.packagedJar(Path.of("ingest-service")),
                BenchServices.LOCAL_RUN_JVM,
                Map.of("kafka.bootstrap.servers", bootstrap, "liveline.ingest.api-keys", "bench:" + hash + ":bench-*",
                        "liveline.ingest.rate-limit-per-second", "1000000", "liveline.ingest.rate-limit-burst", "1000000",
                        "quarkus.log.level", "WARN"),
                Path.of("bench/target/ingest-service.log"));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
