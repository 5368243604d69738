package io.liveline.feed.kafka;

import io.liveline.events.CloudEvent;
import io.liveline.events.EnrichedUpdate;
import io.liveline.events.EventDeserializer;
import io.liveline.events.RecordSpans;
import io.liveline.events.TagCorrection;
import io.liveline.events.Topics;
import io.liveline.feed.config.FeedConfig;
import io.liveline.feed.live.ChangeTail;
import io.liveline.feed.service.FeedService;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds {@code liveline.updates.enriched} into the store, through two channels on the same topic.
 *
 * <p>{@code updates-enriched} (group {@code liveline-feed}, shared by all replicas) is the durable
 * writer: each partition has one owner, each polled batch is applied in one transaction, its
 * offsets are committed only after that transaction, and a new group starts from the earliest
 * record, so every record is stored even while some replicas are down. A failure that may pass
 * (connection, timeout, serialization failure) is retried with backoff for as long as it lasts;
 * any other failure means some record cannot be stored, so the batch is applied record by record,
 * and each that fails goes to the dead-letter topic at once with its error while the others are
 * stored. The value is read here rather than by the Kafka deserialiser so an unreadable record
 * fails only itself and reaches the dead-letter topic with its original bytes. A record of type
 * {@code io.liveline.update.tags-corrected} is an editor's tag correction, applied in the same
 * transaction (see the {@code correction} package).
 *
 * <p>{@code updates-fanout} (a group of its own per replica process, from the latest record) tells
 * every replica at once that a change is on its way, so its live tail reads the change as soon as
 * the owning replica has committed it.
 *
 * <p>The writer gives each record a span, a child of the enriched record's {@code traceparent}: the
 * last hop of the update's trace, ended once its batch is in the database. Fan-out and delivery to
 * SSE subscribers have none: they happen on every replica and for every subscriber (thousands),
 * and the stream metrics measure them.
 */
@ApplicationScoped
public class EnrichedUpdateConsumer {

    private static final Logger LOG = Logger.getLogger(EnrichedUpdateConsumer.class);

    private final EventDeserializer<EnrichedUpdate> deserializer = new EventDeserializer.ForEnrichedUpdate();
    private final EventDeserializer<TagCorrection> corrections = new EventDeserializer.ForTagCorrection();
    private final FeedService feed;
    private final ChangeTail tail;
    private final Tracer tracer;
    private final FeedConfig config;

    public EnrichedUpdateConsumer(FeedService feed, ChangeTail tail, Tracer tracer, FeedConfig config) {
        this.feed = feed;
        this.tail = tail;
        this.tracer = tracer;
        this.config = config;
    }

    /** One record of a batch being written, an update or an editor's tag correction, with the span of its hop. */
    private record Write(KafkaRecord<String, byte[]> record, EnrichedUpdate update, TagCorrection correction, Span span) {
    }

    @Incoming("updates-enriched")
    public Uni<Void> store(KafkaRecordBatch<String, byte[]> batch) {
        List<Write> writes = new ArrayList<>(batch.getRecords().size());
        List<Uni<Void>> unreadable = new ArrayList<>();
        for (KafkaRecord<String, byte[]> record : batch.getRecords()) {
            ConsumerRecord<String, byte[]> consumed = consumerRecord(record);
            Span span = RecordSpans.process(tracer, consumed);
            try {
                if (CloudEvent.TYPE_TAGS_CORRECTED.equals(CloudEvent.typeOf(consumed.headers()))) {
                    writes.add(new Write(record, null, readCorrection(record), span));
                    continue;
                }
                EnrichedUpdate update = deserializer.deserialize(Topics.ENRICHED, record.getPayload());
                RecordSpans.describe(span, update.update());
                writes.add(new Write(record, update, null, span));
            } catch (RuntimeException e) {
                RecordSpans.end(span, e);
                unreadable.add(deadLetter(record, e));
            }
        }
        Uni<Void> dead = unreadable.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(unreadable).andFailFast().replaceWithVoid();
        return dead.chain(() -> writes.isEmpty() ? Uni.createFrom().voidItem() : writeAll(writes))
                .chain(() -> Uni.createFrom().completionStage(batch::ack));
    }

    /** Told that a change is on its way: this replica's tail watches for its commit. */
    @Incoming("updates-fanout")
    public void fanOut(List<byte[]> changes) {
        tail.expect();
    }

    private Uni<Void> writeAll(List<Write> writes) {
        return retryWhileTransient(feed.apply(updates(writes), corrections(writes)))
                .onItemOrFailure().transformToUni((stored, failure) -> {
                    if (failure == null) {
                        writes.forEach(write -> RecordSpans.end(write.span(), null));
                        return Uni.createFrom().voidItem();
                    }
                    LOG.warnf(failure, "A batch of %d updates cannot be stored; storing them one by one to find the records at fault",
                            writes.size());
                    return Multi.createFrom().iterable(writes).onItem().transformToUniAndConcatenate(this::writeAlone)
                            .collect().last().replaceWithVoid();
                });
    }

    /** Stores one record of a batch that failed, or sends it to the dead-letter topic with its error. */
    private Uni<Void> writeAlone(Write write) {
        return retryWhileTransient(feed.apply(updates(List.of(write)), corrections(List.of(write))))
                .onItemOrFailure().transformToUni((stored, failure) -> {
                    RecordSpans.end(write.span(), failure);
                    return failure == null ? Uni.createFrom().voidItem() : deadLetter(write.record(), failure);
                });
    }

    private <T> Uni<T> retryWhileTransient(Uni<T> write) {
        return StoreFailures.retryWhileTransient(write, config);
    }

    private TagCorrection readCorrection(KafkaRecord<String, byte[]> record) {
        TagCorrection correction = corrections.deserialize(Topics.ENRICHED, record.getPayload());
        if (correction == null) {
            throw new IllegalArgumentException("empty record: not a valid TagCorrection on " + Topics.ENRICHED);
        }
        return correction;
    }

    private static List<EnrichedUpdate> updates(List<Write> writes) {
        return writes.stream().map(Write::update).filter(Objects::nonNull).toList();
    }

    private static List<TagCorrection> corrections(List<Write> writes) {
        return writes.stream().map(Write::correction).filter(Objects::nonNull).toList();
    }

    private static Uni<Void> deadLetter(KafkaRecord<String, byte[]> record, Throwable failure) {
        return Uni.createFrom().completionStage(() -> record.nack(failure));
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, byte[]> consumerRecord(KafkaRecord<String, byte[]> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getRecord)
                .orElseThrow(() -> new IllegalStateException("a record of a Kafka batch without its consumer record"));
    }
}
