package io.liveline.telemetry;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;

/**
 * Publishes the Kafka clients' own metrics on {@code /q/metrics}, consumer lag per partition above
 * all: {@code kafka_consumer_fetch_manager_records_lag{client_id, topic, partition}}, where each
 * consumer's {@code client.id} is its group. This is Quarkus' Kafka binder (switched off in
 * application.properties) with one change: it looks for new meters every few seconds rather than
 * every minute, so a partition's lag is published soon after the partition is first fetched.
 */
@ApplicationScoped
public class KafkaClientMeters {

    private static final Duration REFRESH = Duration.ofSeconds(5);

    private final MeterRegistry registry;
    private final List<KafkaClientMetrics> bound = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "kafka-client-meters");
        thread.setDaemon(true);
        return thread;
    });

    public KafkaClientMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    void consumerCreated(@Observes Consumer<?, ?> consumer) {
        bind(new KafkaClientMetrics(consumer, Tags.empty(), refresher, REFRESH));
    }

    void producerCreated(@Observes Producer<?, ?> producer) {
        bind(new KafkaClientMetrics(producer, Tags.empty(), refresher, REFRESH));
    }

    private void bind(KafkaClientMetrics metrics) {
        metrics.bindTo(registry);
        bound.add(metrics);
    }

    @PreDestroy
    void close() {
        bound.forEach(KafkaClientMetrics::close);
        refresher.shutdownNow();
    }
}
