package io.liveline.feed;

import io.liveline.devstack.SharedInfrastructure;
import io.liveline.events.Author;
import io.liveline.events.CloudEvent;
import io.liveline.events.EnrichedUpdate;
import io.liveline.events.EventSerializer;
import io.liveline.events.LiveUpdate;
import io.liveline.events.TagCorrection;
import io.liveline.events.TagSet;
import io.liveline.events.Topics;
import io.liveline.events.TraceParent;
import io.liveline.events.UpdateAction;
import io.liveline.events.UpdateKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes to the real enriched topic what enrich-service would, so feed-service can be tested alone. */
final class EnrichedTopic {

    private static final Instant T0 = Instant.parse("2026-11-25T06:00:00Z");

    private EnrichedTopic() {
    }

    static EnrichedUpdate update(String blog, String id, long version, String body, TagSet tags) {
        LiveUpdate update = new LiveUpdate(blog, id, version, UpdateAction.PUBLISH, UpdateKind.POST, null, body, body,
                false, List.of(new Author("Test Desk", null)), T0.plusSeconds(version), T0.plusSeconds(version));
        return new EnrichedUpdate(update, tags, T0.plusSeconds(version));
    }

    /** An update tagged with one of each kind of tag, published at {@code publishedAt}. */
    static EnrichedUpdate tagged(String blog, String id, long version, Instant publishedAt) {
        TagSet tags = new TagSet(List.of(new TagSet.PersonTag("Volodymyr Zelenskyy", "Q3881", 1)),
                List.of(new TagSet.CountryTag("UA", "Ukraine", "Q212")), List.of(new TagSet.OrganisationTag("NATO", "Q7184")),
                List.of(new TagSet.TopicTag("medtop:16000000", "conflict, war and peace", 0.9)));
        LiveUpdate update = new LiveUpdate(blog, id, version, UpdateAction.PUBLISH, UpdateKind.POST, "Headline " + id,
                "<p>" + id + "</p>", id, false, List.of(new Author("Test Desk", null)), publishedAt, publishedAt);
        return new EnrichedUpdate(update, tags, publishedAt);
    }

    /** A pinned update, published long before the others of its test so only the pin can put it on top. */
    static EnrichedUpdate pinned(String blog, String id, long version, String body) {
        Instant at = T0.minusSeconds(3600);
        LiveUpdate update = new LiveUpdate(blog, id, version, UpdateAction.PUBLISH, UpdateKind.KEY_EVENT, null, body, body,
                true, List.of(new Author("Test Desk", null)), at, at);
        return new EnrichedUpdate(update, TagSet.EMPTY, at);
    }

    /**
     * An update with a headline and plain text of its own, of a kind and pin, published at
     * {@code publishedAt} and received {@code version} seconds after the tests' epoch.
     */
    static EnrichedUpdate post(String blog, String id, long version, String headline, String text, TagSet tags, UpdateKind kind,
            boolean pinned, Instant publishedAt) {
        LiveUpdate update = new LiveUpdate(blog, id, version, UpdateAction.PUBLISH, kind, headline, "<p>" + text + "</p>", text,
                pinned, List.of(new Author("Test Desk", null)), publishedAt, T0.plusSeconds(version));
        return new EnrichedUpdate(update, tags, T0.plusSeconds(version));
    }

    static EnrichedUpdate post(String blog, String id, long version, String headline, String text, Instant publishedAt) {
        return post(blog, id, version, headline, text, TagSet.EMPTY, UpdateKind.POST, false, publishedAt);
    }

    static EnrichedUpdate retraction(String blog, String id, long version) {
        return new EnrichedUpdate(LiveUpdate.retraction(blog, id, version, T0.plusSeconds(version)), TagSet.EMPTY,
                T0.plusSeconds(version));
    }

    static TagSet country(String code, String name) {
        return new TagSet(List.of(), List.of(new TagSet.CountryTag(code, name)), List.of(), List.of());
    }

    static void send(EnrichedUpdate... updates) {
        try (var producer = producer()) {
            for (EnrichedUpdate update : updates) {
                producer.send(record(update, TraceParent.newRoot()));
            }
            producer.flush();
        }
    }

    /** Sends one update in the trace {@code traceparent} names, as enrich-service's span would. */
    static void send(EnrichedUpdate update, String traceparent) {
        try (var producer = producer()) {
            producer.send(record(update, traceparent));
            producer.flush();
        }
    }

    /** Sends an editor's tag correction as enrich-service passes it on: same key, its own CloudEvents type. */
    static void send(TagCorrection correction) {
        try (var producer = producer()) {
            ProducerRecord<String, Object> record = new ProducerRecord<>(Topics.ENRICHED, correction.liveblogId(), correction);
            CloudEvent.forCorrection(correction, "/test", TraceParent.newRoot()).writeTo(record.headers());
            producer.send(record);
            producer.flush();
        }
    }

    private static KafkaProducer<String, Object> producer() {
        Map<String, Object> config = Map.of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers(), "acks", "all");
        return new KafkaProducer<>(config, new StringSerializer(), new EventSerializer<>());
    }

    private static ProducerRecord<String, Object> record(EnrichedUpdate update, String traceparent) {
        ProducerRecord<String, Object> record = new ProducerRecord<>(Topics.ENRICHED, update.update().liveblogId(), update);
        CloudEvent.forEnriched(update, "/test", traceparent).writeTo(record.headers());
        return record;
    }

    /** Records of the dead-letter topic with this key, read from the start. */
    static List<ConsumerRecord<String, byte[]>> deadLetters(String key, Duration wait) {
        Map<String, Object> config = Map.of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers(),
                "group.id", "dlq-check-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.DLQ));
            long deadline = System.nanoTime() + wait.toNanos();
            while (found.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(250)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
            }
        }
        return found;
    }

    /** Sends JSON under the correction's CloudEvents type, as a broken producer might. */
    static void sendCorrectionBytes(String key, String json) {
        Map<String, Object> config = Map.of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers(), "acks", "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ENRICHED, key, json.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", CloudEvent.TYPE_TAGS_CORRECTED.getBytes(StandardCharsets.UTF_8));
            producer.send(record);
            producer.flush();
        }
    }

    static void sendRaw(String key, byte[] value) {
        Map<String, Object> config = Map.of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers(), "acks", "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.ENRICHED, key, value));
            producer.flush();
        }
    }
}
