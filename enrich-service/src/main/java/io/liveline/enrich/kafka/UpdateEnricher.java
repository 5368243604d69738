package io.liveline.enrich.kafka;

import io.liveline.enrich.config.EnrichConfig;
import io.liveline.enrich.service.TaggingService;
import io.liveline.events.CloudEvent;
import io.liveline.events.EnrichedUpdate;
import io.liveline.events.EventDeserializer;
import io.liveline.events.EventSerializer;
import io.liveline.events.LiveUpdate;
import io.liveline.events.RecordSpans;
import io.liveline.events.Topics;
import io.liveline.events.TraceParent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.transactions.KafkaTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Turns each polled batch of raw updates into enriched updates (and dead letters) in one Kafka
 * transaction that also commits the batch's consumer offsets: exactly once, even across a crash.
 * A crash or failure before the commit aborts the transaction, so read-committed consumers never
 * see its records, and the batch is consumed again from the last committed offsets. An editor's
 * tag correction is passed on untagged, in its place in the batch ({@link TagCorrectionRelay}).
 */
@ApplicationScoped
public class UpdateEnricher {

    private static final Logger LOG = Logger.getLogger(UpdateEnricher.class);

    private final EventDeserializer<LiveUpdate> deserializer = new EventDeserializer.ForLiveUpdate();
    private final EventSerializer<EnrichedUpdate> serializer = new EventSerializer<>();
    private final TaggingService tagging;
    private final TagCorrectionRelay corrections;
    private final EnrichConfig config;
    private final KafkaTransactions<byte[]> transactions;
    private final Counter deadLetters;
    private final Tracer tracer;

    public UpdateEnricher(TaggingService tagging, TagCorrectionRelay corrections, EnrichConfig config,
            @Channel("updates-enriched") KafkaTransactions<byte[]> transactions, MeterRegistry registry, Tracer tracer) {
        this.tagging = tagging;
        this.corrections = corrections;
        this.config = config;
        this.transactions = transactions;
        this.tracer = tracer;
        this.deadLetters = Counter.builder("liveline.enrich.dead.letters")
                .description("Raw updates sent to the dead-letter topic (unreadable, or the tagger failed)")
                .register(registry);
    }

    @Incoming("updates-raw")
    public Uni<Void> enrich(Message<ConsumerRecords<String, byte[]>> batch) {
        // Tagging is CPU work: a worker thread does it, then the transaction sends the results in
        // poll order, which keeps each live blog's updates in order.
        return Uni.createFrom().item(() -> transform(batch.getPayload()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(out -> transactions.withTransaction(batch, emitter -> {
                    out.records().forEach(emitter::send);
                    return Uni.createFrom().item(out.deadLetters());
                }))
                .onItem().invoke(count -> deadLetters.increment(count))
                .onItemOrFailure().transformToUni((count, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(batch.ack());
                    }
                    // The transaction was aborted and the consumer rewound to the last committed
                    // offsets: the same records come again, so the stream goes on.
                    LOG.warnf(failure, "Enrichment transaction of %d records aborted; they will be consumed again",
                            batch.getPayload().count());
                    return Uni.createFrom().voidItem();
                });
    }

    private Output transform(ConsumerRecords<String, byte[]> records) {
        List<Message<byte[]>> out = new ArrayList<>(records.count());
        int dead = 0;
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                out.add(traced(record));
            } catch (RuntimeException e) {
                LOG.warnf("Raw record %s-%d@%d goes to the dead-letter topic: %s", record.topic(), record.partition(),
                        record.offset(), e.getMessage());
                out.add(DeadLetter.of(record, e));
                dead++;
            }
        }
        return new Output(out, dead);
    }

    /** Enriches one record in a span of its own, a child of the raw record's; the enriched record names it. */
    private Message<byte[]> traced(ConsumerRecord<String, byte[]> record) {
        Span span = RecordSpans.process(tracer, record);
        try {
            Message<byte[]> message = TagCorrectionRelay.carries(record) ? corrections.relay(record, span) : enriched(record, span);
            span.end();
            return message;
        } catch (RuntimeException e) {
            RecordSpans.end(span, e);
            throw e;
        }
    }

    private Message<byte[]> enriched(ConsumerRecord<String, byte[]> record, Span span) {
        LiveUpdate update = deserializer.deserialize(Topics.RAW, record.value());
        if (update == null) {
            throw new IllegalArgumentException("empty record: not a valid LiveUpdate on " + Topics.RAW);
        }
        RecordSpans.describe(span, update);
        // Throws for a record without valid CloudEvents attributes: not ours, so a dead letter.
        CloudEvent.readFrom(record.headers());
        EnrichedUpdate enriched = tagging.enrich(update);
        CloudEvent event = CloudEvent.forEnriched(enriched, config.eventSource(), TraceParent.of(span));
        return Message.of(serializer.serialize(Topics.ENRICHED, enriched))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(update.liveblogId())
                        .withHeaders(event.headers())
                        .build())
                .addMetadata(event.metadata());
    }

    /** What one batch becomes: a record per raw record, in order, and how many are dead letters. */
    private record Output(List<Message<byte[]>> records, int deadLetters) {
    }
}
