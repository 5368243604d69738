package io.liveline.bench.sse;

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

/** Feeds feed-service as enrich-service would: enriched updates on the enriched topic. */
final class FeedPublisher implements EventPublisher {

    private final KafkaProducer<String, EnrichedUpdate> producer;
    private final String blog;

    FeedPublisher(String bootstrapServers, String blog) {
        this.producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers, "acks", "all", "linger.ms", 0),
                new StringSerializer(), new EventSerializer<>());
        this.blog = blog;
    }

    @Override
    public void publish(int n, long sentNanos) {
        Instant now = Instant.now();
        LiveUpdate update = new LiveUpdate(blog, "b" + n, now.toEpochMilli() * 1000 + n % 1000, UpdateAction.PUBLISH,
                UpdateKind.POST, "t=" + sentNanos, EventPublisher.body(n), null, false,
                List.of(new Author("Bench Desk", null)), now, now);
        EnrichedUpdate enriched = new EnrichedUpdate(update, TagSet.EMPTY, now);
        ProducerRecord<String, EnrichedUpdate> record = new ProducerRecord<>(Topics.ENRICHED, blog, enriched);
        CloudEvent.forEnriched(enriched, "/bench", TraceParent.newRoot()).writeTo(record.headers());
        producer.send(record);
    }

    @Override
    public void close() {
        producer.close();
    }
}
