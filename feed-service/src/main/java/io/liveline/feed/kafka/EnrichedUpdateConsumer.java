package io.liveline.feed.kafka;

import io.liveline.events.EnrichedUpdate;
import io.liveline.events.EventDeserializer;
import io.liveline.events.RecordSpans;
import io.liveline.events.Topics;
import io.liveline.feed.service.FeedService;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds {@code liveline.updates.enriched} into the store, through two channels on the same topic.
 *
 * <p>{@code updates-enriched} (group {@code liveline-feed}, shared by all replicas) is the durable
 * writer: each partition has one owner, offsets are committed only after the database
 * transaction, and a new group starts from the earliest record, so every record is stored even
 * while some replicas are down. {@code updates-fanout} (a group of its own per replica process,
 * from the latest record) exists so every replica hears of every change at once: it applies the
 * record too, which is a no-op once the writer has done it (the version check), and either way
 * wakes this replica's live tail. The value is read here rather than by the Kafka deserialiser
 * so an unreadable record fails only itself and goes to the dead-letter topic with its original bytes.
 *
 * <p>The writer gives each record a span, a child of the enriched record's {@code traceparent}: the
 * last hop of the update's trace, ended once the update is in the database (stored by this call or,
 * first, by the fan-out channel). Fan-out and delivery to SSE subscribers have none: they happen on
 * every replica and for every subscriber (thousands), and the stream metrics measure them.
 */
@ApplicationScoped
public class EnrichedUpdateConsumer {

    private final EventDeserializer<EnrichedUpdate> deserializer = new EventDeserializer.ForEnrichedUpdate();
    private final FeedService feed;
    private final Tracer tracer;

    public EnrichedUpdateConsumer(FeedService feed, Tracer tracer) {
        this.feed = feed;
        this.tracer = tracer;
    }

    @Incoming("updates-enriched")
    public Uni<Void> store(ConsumerRecord<String, byte[]> record) {
        Span span = RecordSpans.process(tracer, record);
        return Uni.createFrom().deferred(() -> {
                    EnrichedUpdate enriched = deserializer.deserialize(Topics.ENRICHED, record.value());
                    RecordSpans.describe(span, enriched.update());
                    // A database hiccup is retried; only a record that keeps failing reaches the DLQ.
                    return feed.apply(enriched)
                            .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(8);
                })
                .onItemOrFailure().invoke((changed, failure) -> RecordSpans.end(span, failure))
                .replaceWithVoid();
    }

    /** Failures here are ignored by the channel: the writer channel retries them and owns the DLQ. */
    @Incoming("updates-fanout")
    public Uni<Void> fanOut(byte[] value) {
        return feed.apply(deserializer.deserialize(Topics.ENRICHED, value)).replaceWithVoid();
    }
}
