package io.liveline.enrich;

import io.liveline.devstack.SharedInfrastructure;
import io.liveline.events.CloudEvent;
import io.liveline.events.EventSerializer;
import io.liveline.events.LiveUpdate;
import io.liveline.events.TraceParent;
import io.liveline.events.UpdateAction;
import io.liveline.events.UpdateKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
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

    /** Sends a new post of a live blog to the raw topic with its CloudEvents headers, as ingest-service would. */
    static void sendRaw(String blog, String id, String text) {
        Instant now = Instant.now();
        LiveUpdate update = new LiveUpdate(blog, id, 1, UpdateAction.PUBLISH, UpdateKind.POST, null, "<p>" + text + "</p>",
                text, false, List.of(), now, now);
        RecordHeaders headers = new RecordHeaders();
        CloudEvent.forRaw(update, "/enrich-test", TraceParent.newRoot()).writeTo(headers);
        send(io.liveline.events.Topics.RAW, blog, new EventSerializer<LiveUpdate>().serialize("raw", update), headers);
    }

    /** Sends records with one producer, as ingest-service would, and waits for the broker's acks. */
    static void sendAll(List<ProducerRecord<String, byte[]>> records) {
        Map<String, Object> config = Map.of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers(), "acks", "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            records.forEach(producer::send);
            producer.flush();
        }
    }

    /**
     * Committed records with this key, read from the start as feed-service reads them
     * ({@code read_committed}), waiting up to {@code wait} for {@code expected} of them.
     */
    static List<ConsumerRecord<String, byte[]>> read(String topic, String key, int expected, Duration wait) {
        Map<String, Object> config = Map.of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers(),
                "group.id", "enrich-test-" + UUID.randomUUID(), "auto.offset.reset", "earliest",
                "isolation.level", "read_committed");
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

    /** The offsets enrich-service's consumer group has committed, per raw partition. */
    static Map<TopicPartition, Long> committedByEnrich() {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers()))) {
            Map<TopicPartition, Long> committed = new HashMap<>();
            admin.listConsumerGroupOffsets("liveline-enrich").partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS)
                    .forEach((partition, offset) -> committed.put(partition, offset.offset()));
            return committed;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the committed offsets of liveline-enrich", e);
        }
    }

    /** The end offset (the offset of the next record) of each partition that has ever had a record. */
    static Map<TopicPartition, Long> endOffsets(String topic) {
        Map<String, Object> config = Map.of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers());
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions));
            ends.values().removeIf(end -> end == 0);
            return ends;
        }
    }

    /** All committed records of a topic, read up to its end offsets (past any transaction markers). */
    static List<ConsumerRecord<String, byte[]>> readAllCommitted(String topic) {
        Map<String, Object> config = Map.of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers(),
                "isolation.level", "read_committed");
        Map<TopicPartition, Long> ends = endOffsets(topic);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(ends.keySet());
            consumer.seekToBeginning(ends.keySet());
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                consumer.poll(Duration.ofMillis(250)).forEach(found::add);
            }
        }
        return found;
    }
}
