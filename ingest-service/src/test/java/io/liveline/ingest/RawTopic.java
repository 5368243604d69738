package io.liveline.ingest;

import io.liveline.devstack.SharedInfrastructure;
import io.liveline.events.EventDeserializer;
import io.liveline.events.LiveUpdate;
import io.liveline.events.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what ingest-service really wrote to the broker, for one live blog. */
final class RawTopic {

    private RawTopic() {
    }

    /** Every record of the live blog on the raw topic, waiting up to {@code wait} for at least {@code expected}. */
    static List<ConsumerRecord<String, LiveUpdate>> records(String liveblogId, int expected, Duration wait) {
        Map<String, Object> config = Map.of(
                "bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers(),
                "group.id", "ingest-test-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                "enable.auto.commit", "false");
        List<ConsumerRecord<String, LiveUpdate>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new EventDeserializer.ForLiveUpdate())) {
            consumer.subscribe(List.of(Topics.RAW));
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline && (found.size() < expected || expected == 0)) {
                for (ConsumerRecord<String, LiveUpdate> record : consumer.poll(Duration.ofMillis(250))) {
                    if (liveblogId.equals(record.key())) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }
}
