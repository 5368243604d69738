package io.liveline.devstack;

import io.liveline.events.Topics;
import java.util.List;

/**
 * One broker and one database per test JVM, started on first use and stopped when the JVM exits:
 * every {@code @QuarkusTest} class of a module shares them instead of paying start-up each time.
 */
public final class SharedInfrastructure {

    private static KafkaBroker kafka;
    private static Postgres postgres;

    private SharedInfrastructure() {
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = KafkaBroker.start();
            kafka.createTopics(List.of(Topics.RAW, Topics.ENRICHED, Topics.DLQ, Topics.KB, Topics.LIVEBLOGS));
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "kafka-broker-stop"));
        }
        return kafka;
    }

    public static synchronized Postgres postgres() {
        if (postgres == null) {
            postgres = Postgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "postgres-stop"));
        }
        return postgres;
    }
}
