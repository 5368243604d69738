package io.liveline.systemtests;

import io.liveline.events.Author;
import io.liveline.events.CloudEvent;
import io.liveline.events.EnrichedUpdate;
import io.liveline.events.EventSerializer;
import io.liveline.events.LiveUpdate;
import io.liveline.events.TagSet;
import io.liveline.events.Topics;
import io.liveline.events.TraceParent;
import io.liveline.events.UpdateAction;
import io.liveline.events.UpdateKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Stands in for enrich-service: writes enriched updates straight to the topic feed-service
 * follows, so the feed replicas can be tested without the rest of the pipeline.
 */
final class EnrichedProducer implements AutoCloseable {

    private final KafkaProducer<String, EnrichedUpdate> producer;

    EnrichedProducer(String bootstrapServers) {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrapServers, "acks", "all", "linger.ms", 0);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new EventSerializer<>());
    }

    /** Publishes version {@code version} of update {@code id} and waits for the broker's ack. */
    void publish(String blog, String id, long version) throws Exception {
        Instant at = Instant.parse("2026-11-25T08:00:00Z").plusSeconds(version);
        LiveUpdate update = new LiveUpdate(blog, id, version, UpdateAction.PUBLISH, UpdateKind.POST, null,
                "<p>" + id + " v" + version + "</p>", id + " v" + version, false,
                List.of(new Author("Replica Desk", null)), at, at);
        EnrichedUpdate enriched = new EnrichedUpdate(update, TagSet.EMPTY, at);
        ProducerRecord<String, EnrichedUpdate> record = new ProducerRecord<>(Topics.ENRICHED, blog, enriched);
        CloudEvent.forEnriched(enriched, "/system-tests", TraceParent.newRoot()).writeTo(record.headers());
        producer.send(record).get();
    }

    @Override
    public void close() {
        producer.close();
    }
}
