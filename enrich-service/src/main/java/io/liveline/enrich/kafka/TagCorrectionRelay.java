package io.liveline.enrich.kafka;

import io.liveline.enrich.config.EnrichConfig;
import io.liveline.events.CloudEvent;
import io.liveline.events.EventDeserializer;
import io.liveline.events.TagCorrection;
import io.liveline.events.Topics;
import io.liveline.events.TraceParent;
import io.opentelemetry.api.trace.Span;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Passes an editor's tag correction from the raw topic on to the enriched one, unchanged and with
 * the same key, inside the enricher's transaction: it stays in order with the versions of its
 * update, and feed-service, which keeps corrections, applies it. Nothing is tagged.
 */
@ApplicationScoped
class TagCorrectionRelay {

    private final EventDeserializer<TagCorrection> deserializer = new EventDeserializer.ForTagCorrection();
    private final EnrichConfig config;

    TagCorrectionRelay(EnrichConfig config) {
        this.config = config;
    }

    /** True for a record of a tag correction, told by its CloudEvents type. */
    static boolean carries(ConsumerRecord<String, byte[]> record) {
        return CloudEvent.TYPE_TAGS_CORRECTED.equals(CloudEvent.typeOf(record.headers()));
    }

    /** The enriched record of a correction; throws for one that is unreadable, so it becomes a dead letter. */
    Message<byte[]> relay(ConsumerRecord<String, byte[]> record, Span span) {
        TagCorrection correction = deserializer.deserialize(Topics.RAW, record.value());
        if (correction == null) {
            throw new IllegalArgumentException("empty record: not a valid TagCorrection on " + Topics.RAW);
        }
        CloudEvent event = CloudEvent.forCorrection(correction, config.eventSource(), TraceParent.of(span));
        return Message.of(record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(correction.liveblogId())
                        .withHeaders(event.headers())
                        .build())
                .addMetadata(event.metadata());
    }
}
