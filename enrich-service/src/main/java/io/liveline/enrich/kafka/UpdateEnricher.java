package io.liveline.enrich.kafka;

import io.liveline.enrich.config.EnrichConfig;
import io.liveline.enrich.service.TaggingService;
import io.liveline.events.CloudEvent;
import io.liveline.events.EnrichedUpdate;
import io.liveline.events.EventDeserializer;
import io.liveline.events.LiveUpdate;
import io.liveline.events.Topics;
import io.liveline.events.TraceParent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * Consumes raw updates, tags them and produces the enriched update under the same key, in the
 * same trace. Tagging is CPU work, so it runs on a worker thread, one record at a time in order.
 * A record that cannot be read or tagged is nacked and goes to the dead-letter topic; the raw
 * record's offset is committed only after its enriched record is acknowledged.
 */
@ApplicationScoped
public class UpdateEnricher {

    private final EventDeserializer<LiveUpdate> deserializer = new EventDeserializer.ForLiveUpdate();
    private final TaggingService tagging;
    private final EnrichConfig config;

    public UpdateEnricher(TaggingService tagging, EnrichConfig config) {
        this.tagging = tagging;
        this.config = config;
    }

    @Incoming("updates-raw")
    @Outgoing("updates-enriched")
    @Blocking(ordered = true)
    public Message<EnrichedUpdate> enrich(ConsumerRecord<String, byte[]> record) {
        LiveUpdate update = deserializer.deserialize(Topics.RAW, record.value());
        CloudEvent raw = CloudEvent.readFrom(record.headers());
        EnrichedUpdate enriched = tagging.enrich(update);

        RecordHeaders headers = new RecordHeaders();
        CloudEvent.forEnriched(enriched, config.eventSource(), TraceParent.childOf(raw.traceparent())).writeTo(headers);
        return Message.of(enriched).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(update.liveblogId())
                .withHeaders(headers)
                .build());
    }
}
