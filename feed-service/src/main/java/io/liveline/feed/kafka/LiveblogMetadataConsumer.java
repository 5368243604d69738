package io.liveline.feed.kafka;

import io.liveline.events.EventDeserializer;
import io.liveline.events.LiveblogMetadata;
import io.liveline.events.Topics;
import io.liveline.feed.config.FeedConfig;
import io.liveline.feed.live.ChangeTail;
import io.liveline.feed.service.LiveblogMetadataService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds {@code liveline.liveblogs} into the store with the update writer's guarantees (see
 * {@link EnrichedUpdateConsumer}): {@code liveblogs} (group {@code liveline-feed-liveblogs}) applies
 * each polled batch in one transaction and commits its offsets after it, retries what may pass,
 * and sends a record that cannot be read or stored to the dead-letter topic with its error;
 * {@code liveblogs-fanout} wakes every replica's live tail.
 */
@ApplicationScoped
public class LiveblogMetadataConsumer {

    private static final Logger LOG = Logger.getLogger(LiveblogMetadataConsumer.class);

    private final EventDeserializer<LiveblogMetadata> deserializer = new EventDeserializer.ForLiveblogMetadata();
    private final LiveblogMetadataService liveblogs;
    private final ChangeTail tail;
    private final FeedConfig config;

    public LiveblogMetadataConsumer(LiveblogMetadataService liveblogs, ChangeTail tail, FeedConfig config) {
        this.liveblogs = liveblogs;
        this.tail = tail;
        this.config = config;
    }

    /** One record of a batch being written. */
    private record Write(KafkaRecord<String, byte[]> record, LiveblogMetadata metadata) {
    }

    @Incoming("liveblogs")
    public Uni<Void> store(KafkaRecordBatch<String, byte[]> batch) {
        List<Write> writes = new ArrayList<>(batch.getRecords().size());
        List<Uni<Void>> unreadable = new ArrayList<>();
        for (KafkaRecord<String, byte[]> record : batch.getRecords()) {
            try {
                writes.add(new Write(record, read(record)));
            } catch (RuntimeException e) {
                unreadable.add(deadLetter(record, e));
            }
        }
        Uni<Void> dead = unreadable.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(unreadable).andFailFast().replaceWithVoid();
        return dead.chain(() -> writes.isEmpty() ? Uni.createFrom().voidItem() : writeAll(writes))
                .chain(() -> Uni.createFrom().completionStage(batch::ack));
    }

    /** Told that a change is on its way: this replica's tail watches for its commit. */
    @Incoming("liveblogs-fanout")
    public void fanOut(List<byte[]> changes) {
        tail.expect();
    }

    /** The record's metadata; a key that is not the blog the value names is as unreadable as bad JSON. */
    private LiveblogMetadata read(KafkaRecord<String, byte[]> record) {
        LiveblogMetadata metadata = deserializer.deserialize(Topics.LIVEBLOGS, record.getPayload());
        if (metadata == null || !metadata.liveblogId().equals(record.getKey())) {
            throw new IllegalArgumentException("record key " + record.getKey() + " is not the live blog of its value");
        }
        return metadata;
    }

    private Uni<Void> writeAll(List<Write> writes) {
        return StoreFailures.retryWhileTransient(liveblogs.apply(writes.stream().map(Write::metadata).toList()), config)
                .onItemOrFailure().transformToUni((stored, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().voidItem();
                    }
                    LOG.warnf(failure, "A batch of %d live blog changes cannot be stored; storing them one by one", writes.size());
                    return Multi.createFrom().iterable(writes).onItem().transformToUniAndConcatenate(this::writeAlone)
                            .collect().last().replaceWithVoid();
                });
    }

    private Uni<Void> writeAlone(Write write) {
        return StoreFailures.retryWhileTransient(liveblogs.apply(List.of(write.metadata())), config)
                .onItemOrFailure().transformToUni((stored, failure) ->
                        failure == null ? Uni.createFrom().voidItem() : deadLetter(write.record(), failure));
    }

    private static Uni<Void> deadLetter(KafkaRecord<String, byte[]> record, Throwable failure) {
        return Uni.createFrom().completionStage(() -> record.nack(failure));
    }
}
