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
 * Feeds {@code liveline.updates.enriched} into the store. Records are processed one at a time in
 * partition order and their offsets committed only after the database transaction, so a crash
 * redelivers at most a few records, which the version check makes harmless. The value is read
 * here rather than by the Kafka deserialiser so an unreadable record fails only itself and goes
 * to the dead-letter topic with its original bytes.
 */
@ApplicationScoped
public class EnrichedUpdateConsumer {

    private final EventDeserializer<EnrichedUpdate> deserializer = new EventDeserializer.ForEnrichedUpdate();
    private final FeedService feed;

    public EnrichedUpdateConsumer(FeedService feed) {
        this.feed = feed;
    }

    @Incoming("updates-enriched")
    public Uni<Void> consume(byte[] value) {
        EnrichedUpdate enriched = deserializer.deserialize(Topics.ENRICHED, value);
        // A database hiccup is retried; only a record that keeps failing reaches the DLQ.
        return feed.apply(enriched)
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(8)
                .replaceWithVoid();
    }
}
