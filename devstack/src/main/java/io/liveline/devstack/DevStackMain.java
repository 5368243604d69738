package io.liveline.devstack;

import io.liveline.events.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The infrastructure of {@code deploy/local/run}: a Kafka broker on 9092 and PostgreSQL on 5432
 * (embedded, or none when {@code LIVELINE_DB_URL} names an existing server), data kept under
 * {@code --data-dir} across runs. Prints {@code devstack ready} once both accept clients and stops
 * both cleanly on SIGTERM or Ctrl-C.
 */
public final class DevStackMain {

    private DevStackMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int kafkaPort = Integer.parseInt(option(args, "--kafka-port", "9092"));
        int controllerPort = Integer.parseInt(option(args, "--controller-port", "9093"));
        int postgresPort = Integer.parseInt(option(args, "--postgres-port", "5432"));
        Path dataDir = Path.of(option(args, "--data-dir", ".liveline/data")).toAbsolutePath();

        String externalDb = System.getenv("LIVELINE_DB_URL");
        Postgres postgres = externalDb == null || externalDb.isBlank()
                ? Postgres.embedded(postgresPort, dataDir.resolve("postgres"))
                : Postgres.start();
        LocalKafka kafka;
        try {
            kafka = LocalKafka.start(kafkaPort, controllerPort, dataDir.resolve("kafka"));
            KafkaBroker.createTopics(kafka.bootstrapServers(), List.of(Topics.RAW, Topics.ENRICHED, Topics.DLQ, Topics.KB, Topics.LIVEBLOGS),
                    KafkaBroker.PARTITIONS);
        } catch (RuntimeException | java.io.IOException e) {
            // The broker's threads would keep a half-started JVM alive: stop everything and say why.
            e.printStackTrace();
            postgres.close();
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            postgres.close();
            stopped.countDown();
        }, "devstack-stop"));
        System.out.println("devstack ready kafka=" + kafka.bootstrapServers() + " postgres=" + postgres.jdbcUrl());
        stopped.await();
    }

    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
