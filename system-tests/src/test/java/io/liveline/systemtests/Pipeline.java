package io.liveline.systemtests;

import io.liveline.devstack.KafkaBroker;
import io.liveline.devstack.Postgres;
import io.liveline.devstack.ServiceProcess;
import io.liveline.events.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/** A real broker, a real database and the three packaged services on them, started and stopped together. */
final class Pipeline implements AutoCloseable {

    private final KafkaBroker kafka = KafkaBroker.start();
    private final Postgres postgres = Postgres.start();
    private final List<ServiceProcess> services = new ArrayList<>();

    private Pipeline() {
        kafka.createTopics(List.of(Topics.RAW, Topics.ENRICHED, Topics.DLQ, Topics.KB, Topics.LIVEBLOGS));
    }

    /**
     * Starts everything and waits until the three services are ready.
     *
     * @param apiKey a key ingest-service accepts for {@code liveblogPatterns}; it is given only the hash, as in production
     * @param everyService settings for all three services
     * @param logSuffix ends each service's log file name ({@code <service><suffix>.log}), started afresh
     */
    static Pipeline start(String apiKey, String liveblogPatterns, Map<String, String> everyService, String logSuffix)
            throws Exception {
        Pipeline pipeline = new Pipeline();
        try {
            pipeline.start("ingest-service", Map.of("liveline.ingest.api-keys", "system-test:" + sha256(apiKey) + ":" + liveblogPatterns),
                    everyService, logSuffix);
            pipeline.start("enrich-service", Map.of(), everyService, logSuffix);
            pipeline.start("feed-service", pipeline.postgres.quarkusSettings(), everyService, logSuffix);
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .until(() -> pipeline.services.stream().allMatch(ServiceProcess::ready));
            return pipeline;
        } catch (Exception | Error e) {
            pipeline.close();
            throw e;
        }
    }

    private void start(String name, Map<String, String> own, Map<String, String> everyService, String logSuffix) throws Exception {
        Map<String, String> settings = new HashMap<>(own);
        settings.putAll(everyService);
        settings.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        String log = name + logSuffix + ".log";
        Files.deleteIfExists(PackagedServices.log(log));
        services.add(PackagedServices.start(name, log, settings));
    }

    ServiceProcess ingest() {
        return services.get(0);
    }

    ServiceProcess feed() {
        return services.get(2);
    }

    Postgres postgres() {
        return postgres;
    }

    /** Ingest, enrich and feed, in that order. */
    List<ServiceProcess> services() {
        return services;
    }

    @Override
    public void close() throws Exception {
        for (ServiceProcess service : services) {
            service.close();
        }
        kafka.close();
        postgres.close();
    }

    private static String sha256(String value) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    }
}
