package io.liveline.feed.kafka;

import io.liveline.events.EnrichedUpdate;
import io.liveline.events.EventDeserializer;
import io.liveline.events.Topics;
import io.liveline.feed.service.FeedService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
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
 */
@ApplicationScoped
public class EnrichedUpdateConsumer {

    private final EventDeserializer<EnrichedUpdate> deserializer = new EventDeserializer.ForEnrichedUpdate();
    private final FeedService feed;

    public EnrichedUpdateConsumer(FeedService feed) {
        this.feed = feed;
    }

    @Incoming("updates-enriched")
    public Uni<Void> store(byte[] value) {
        EnrichedUpdate enriched = deserializer.deserialize(Topics.ENRICHED, value);
        // A database hiccup is retried; only a record that keeps failing reaches the DLQ.
        return feed.apply(enriched)
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(8)
                .replaceWithVoid();
    }

    /** Failures here are ignored by the channel: the writer channel retries them and owns the DLQ. */
    @Incoming("updates-fanout")
    public Uni<Void> fanOut(byte[] value) {
        return feed.apply(deserializer.deserialize(Topics.ENRICHED, value)).replaceWithVoid();
    }
}
