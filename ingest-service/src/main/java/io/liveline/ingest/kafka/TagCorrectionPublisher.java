package io.liveline.ingest.kafka;

import io.liveline.events.CloudEvent;
import io.liveline.events.RecordSpans;
import io.liveline.events.TagCorrection;
import io.liveline.events.Topics;
import io.liveline.events.TraceParent;
import io.liveline.ingest.BrokerUnavailableException;
import io.liveline.ingest.config.IngestConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Writes editors' tag corrections to {@code liveline.updates.raw}, keyed by live blog like the
 * update's own versions, so the pipeline applies them in the order they were accepted. The
 * returned {@link Uni} completes only once the broker has acknowledged the record to all in-sync
 * replicas, or fails within the publish timeout.
 */
@ApplicationScoped
public class TagCorrectionPublisher {

    private final MutinyEmitter<TagCorrection> emitter;
    private final IngestConfig config;
    private final Tracer tracer;
    private final Counter accepted;

    public TagCorrectionPublisher(@Channel("tag-corrections") MutinyEmitter<TagCorrection> emitter, IngestConfig config,
            MeterRegistry registry, Tracer tracer) {
        this.emitter = emitter;
        this.config = config;
        this.tracer = tracer;
        this.accepted = registry.counter("liveline.ingest.updates.accepted", "action", "correct-tags");
    }

    /** Publishes a correction; {@code callerTraceparent} is the request's header, used when tracing is off. */
    public Uni<Void> publish(TagCorrection correction, String callerTraceparent) {
        Span span = RecordSpans.send(tracer, Topics.RAW, correction.liveblogId(), UpdatePublisher.parent(callerTraceparent));
        CloudEvent event = CloudEvent.forCorrection(correction, config.eventSource(), TraceParent.of(span));
        Message<TagCorrection> message = Message.of(correction).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(correction.liveblogId())
                        .withHeaders(event.headers())
                        .build())
                .addMetadata(event.metadata());
        return Uni.createFrom().deferred(() -> emitter.sendMessage(message))
                .ifNoItem().after(config.publishTimeout()).fail()
                .onItemOrFailure().invoke((ignored, failure) -> RecordSpans.end(span, failure))
                .onItem().invoke(() -> accepted.increment())
                .onFailure().transform(e -> new BrokerUnavailableException("Kafka did not acknowledge the correction in time", e));
    }
}
