package io.liveline.bench.ingest;

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

/**
 * Ingest throughput and latency beside Kafka's own {@code ProducerPerformance}, in one run on one
 * devstack broker: the raw producer (acks=all, 1 KB records) first, then ingest-service as a
 * separate process at full speed and at a fixed 500 requests/s.
 *
 * <p>Usage: {@code java -cp "bench/target/bench-*.jar:bench/target/lib/*" io.liveline.bench.ingest.IngestBenchmark [seconds]}
 * from the repository root, after {@code ./mvnw -DskipTests package}.
 */
public final class IngestBenchmark {

    private static final String KEY = "bench-key";
    private static final int RECORD_BYTES = 1024;
    /*
     * Requests in flight for the throughput run. Each HTTP request is one record, so the producer
     * can only batch what is in flight at once (ProducerPerformance has no such bound): 64 gave
     * ~1,400/s here, 256 ~5,600/s, 1,024 less again as the two cores saturate.
     */
    private static final int IN_FLIGHT = 256;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        try (KafkaBroker broker = KafkaBroker.start()) {
            broker.createTopics(List.of(Topics.RAW, "bench.producer-performance"));
            String producer = producerPerformance(broker.bootstrapServers(), seconds);
            try (ServiceProcess ingest = startIngest(broker.bootstrapServers())) {
                ingest.awaitReady(Duration.ofSeconds(60));
                IngestLoad load = new IngestLoad(ingest.url(), "bench-live", KEY, RECORD_BYTES);
                load.closedLoop(16, Duration.ofSeconds(5));
                IngestLoad.Result full = load.closedLoop(IN_FLIGHT, Duration.ofSeconds(seconds));
                IngestLoad.Result fixed = load.openLoop(500, Duration.ofSeconds(seconds));
                System.out.println("== Kafka ProducerPerformance (acks=all, 1 KB): " + producer);
                System.out.printf("== ingest-service, " + IN_FLIGHT + " in flight: %.0f accepted/s (%d failed), p50 %.2f ms, p99 %.2f ms%n",
                        full.acceptedPerSecond(), full.failed(), full.latencies().percentileMillis(50),
                        full.latencies().percentileMillis(99));
                System.out.printf("== ingest-service at 500 req/s: %d accepted (%d failed), p50 %.2f ms, p99 %.2f ms%n",
                        fixed.accepted(), fixed.failed(), fixed.latencies().percentileMillis(50),
                        fixed.latencies().percentileMillis(99));
                double producerRate = Double.parseDouble(producer.replaceAll(".*?, ([0-9.]+) records/sec.*", "$1"));
                System.out.printf("== ratio ingest / raw producer: %.2f%n", full.acceptedPerSecond() / producerRate);
            }
        }
    }

    /** Runs ProducerPerformance as its own JVM and returns its summary line. */
    private static String producerPerformance(String bootstrap, int seconds) throws IOException, InterruptedException {
        // Enough records for about the same duration as the ingest run at a typical local rate.
        int records = seconds * 20_000;
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                "org.apache.kafka.tools.ProducerPerformance", "--topic", "bench.producer-performance",
                "--num-records", String.valueOf(records), "--record-size", String.valueOf(RECORD_BYTES),
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
                List.of("-XX:+UseSerialGC", "-Xmx512m"),
                Map.of("kafka.bootstrap.servers", bootstrap, "liveline.ingest.api-keys", "bench:" + hash + ":bench-*",
                        "liveline.ingest.rate-limit-per-second", "1000000", "liveline.ingest.rate-limit-burst", "1000000",
                        "quarkus.log.level", "WARN"),
                Path.of("bench/target/ingest-service.log"));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
