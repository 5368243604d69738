package io.liveline.ingest;

import io.liveline.devstack.SharedInfrastructure;
import io.liveline.events.CloudEvent;
import io.liveline.events.EventDeserializer;
import io.liveline.events.LiveUpdate;
import io.liveline.events.TagCorrection;
import io.liveline.events.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what ingest-service really wrote to the broker, for one live blog. The topic carries updates
 * and tag corrections, told apart by their CloudEvents type; each read returns one kind.
 */
final class RawTopic {

    private RawTopic() {
    }

    /** Every update record of the live blog on the raw topic, waiting up to {@code wait} for at least {@code expected}. */
    static List<ConsumerRecord<String, LiveUpdate>> records(String liveblogId, int expected, Duration wait) {
        return read(liveblogId, expected, wait, false, new EventDeserializer.ForLiveUpdate());
    }

    /** Every tag correction of the live blog on the raw topic, as {@link #records} reads updates. */
    static List<ConsumerRecord<String, TagCorrection>> corrections(String liveblogId, int expected, Duration wait) {
        return read(liveblogId, expected, wait, true, new EventDeserializer.ForTagCorrection());
    }

    private static <T> List<ConsumerRecord<String, T>> read(String liveblogId, int expected, Duration wait, boolean corrections,
            EventDeserializer<T> deserializer) {
        Map<String, Object> config = Map.of(
                "bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers(),
                "group.id", "ingest-test-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                "enable.auto.commit", "false");
        List<ConsumerRecord<String, T>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.RAW));
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline && (found.size() < expected || expected == 0)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
                    boolean correction = CloudEvent.TYPE_TAGS_CORRECTED.equals(CloudEvent.typeOf(record.headers()));
                    if (liveblogId.equals(record.key()) && correction == corrections) {
                        found.add(new ConsumerRecord<>(record.topic(), record.partition(), record.offset(), record.timestamp(),
                                record.timestampType(), record.serializedKeySize(), record.serializedValueSize(), record.key(),
                                deserializer.deserialize(record.topic(), record.value()), record.headers(),
                                record.leaderEpoch()));
                    }
                }
            }
        }
        return found;
    }
}
