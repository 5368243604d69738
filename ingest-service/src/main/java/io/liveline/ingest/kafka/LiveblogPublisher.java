package io.liveline.ingest.kafka;

import io.liveline.events.CloudEvent;
import io.liveline.events.LiveblogMetadata;
import io.liveline.events.RecordSpans;
import io.liveline.events.Topics;
import io.liveline.events.TraceParent;
import io.liveline.ingest.BrokerUnavailableException;
import io.liveline.ingest.config.IngestConfig;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.OutgoingMessageMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Writes a live blog's whole metadata to {@code liveline.liveblogs}, keyed by the blog, with the
 * same guarantee as an update: the returned {@link Uni} completes only once all in-sync replicas
 * have the record, with its offset, or fails within the publish timeout.
 */
@ApplicationScoped
public class LiveblogPublisher {

    private final MutinyEmitter<LiveblogMetadata> emitter;
    private final IngestConfig config;
    private final Tracer tracer;

    public LiveblogPublisher(@Channel("liveblogs") MutinyEmitter<LiveblogMetadata> emitter, IngestConfig config, Tracer tracer) {
        this.emitter = emitter;
        this.config = config;
        this.tracer = tracer;
    }

    /** Publishes the metadata; the item is where the record is (partition and offset). */
    public Uni<RecordMetadata> publish(LiveblogMetadata metadata, String callerTraceparent) {
        Span span = RecordSpans.send(tracer, Topics.LIVEBLOGS, metadata.liveblogId(), UpdatePublisher.parent(callerTraceparent));
        CloudEvent event = CloudEvent.forLiveblog(metadata, config.eventSource(), TraceParent.of(span));
        OutgoingMessageMetadata<RecordMetadata> sent = new OutgoingMessageMetadata<>();
        Message<LiveblogMetadata> message = Message.of(metadata).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(metadata.liveblogId())
                        .withHeaders(event.headers())
                        .build())
                .addMetadata(event.metadata())
                .addMetadata(sent);
        return Uni.createFrom().deferred(() -> emitter.sendMessage(message))
                .ifNoItem().after(config.publishTimeout()).fail()
                .onItemOrFailure().invoke((ignored, failure) -> RecordSpans.end(span, failure))
                .onFailure().transform(e -> new BrokerUnavailableException("Kafka did not acknowledge the live blog in time", e))
                .map(ignored -> sent.getResult());
    }
}
