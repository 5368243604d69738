package io.liveline.enrich;

import io.liveline.devstack.SharedInfrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes to and reads from the real devstack topics, as the neighbouring services would. */
final class Topics {

    private Topics() {
    }

    static void send(String topic, String key, byte[] value, Headers headers) {
        Map<String, Object> config = Map.of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers(), "acks", "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, null, key, value, headers));
            producer.flush();
        }
    }

    /** Records with this key, read from the start, waiting up to {@code wait} for {@code expected} of them. */
    static List<ConsumerRecord<String, byte[]>> read(String topic, String key, int expected, Duration wait) {
        Map<String, Object> config = Map.of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers(),
                "group.id", "enrich-test-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + wait.toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(250)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
            }
        }
        return found;
    }
}
