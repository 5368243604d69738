package io.liveline.ingest.kafka;

import io.liveline.events.CloudEvent;
import io.liveline.events.LiveUpdate;
import io.liveline.events.RecordSpans;
import io.liveline.events.Topics;
import io.liveline.events.TraceParent;
import io.liveline.events.UpdateAction;
import io.liveline.ingest.BrokerUnavailableException;
import io.liveline.ingest.config.IngestConfig;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Writes raw updates to {@code liveline.updates.raw}, keyed by live blog so each live blog stays in
 * order on one partition. The returned {@link Uni} completes only once the broker has acknowledged
 * the record to all in-sync replicas ({@code acks=all}), or fails within the publish timeout. Each
 * record's {@code traceparent} names its send span, a child of the request's.
 */
@ApplicationScoped
public class UpdatePublisher {

    private final MutinyEmitter<LiveUpdate> emitter;
    private final IngestConfig config;
    private final Timer publishTime;
    private final MeterRegistry registry;
    private final Tracer tracer;
    /** Looked up once: a tagged lookup per update costs a map search and garbage on the hot path. */
    private final Map<UpdateAction, Counter> accepted = new EnumMap<>(UpdateAction.class);

    public UpdatePublisher(@Channel("updates-raw") MutinyEmitter<LiveUpdate> emitter, IngestConfig config,
            MeterRegistry registry, Tracer tracer) {
        this.emitter = emitter;
        this.config = config;
        this.registry = registry;
        this.tracer = tracer;
        this.publishTime = Timer.builder("liveline.ingest.publish.duration")
                .description("From handing an update to the producer to the broker's acknowledgement")
                .publishPercentileHistogram().register(registry);
        for (UpdateAction action : UpdateAction.values()) {
            accepted.put(action, registry.counter("liveline.ingest.updates.accepted", "action", action.name().toLowerCase(Locale.ROOT)));
        }
    }

    /** Publishes an update; {@code callerTraceparent} is the request's header, used when tracing is off. */
    public Uni<Void> publish(LiveUpdate update, String callerTraceparent) {
        Span span = RecordSpans.send(tracer, Topics.RAW, update.liveblogId(), parent(callerTraceparent));
        RecordSpans.describe(span, update);
        CloudEvent event = CloudEvent.forRaw(update, config.eventSource(), TraceParent.of(span));
        Message<LiveUpdate> message = Message.of(update).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(update.liveblogId())
                .withHeaders(event.headers())
                .build())
                .addMetadata(event.metadata());
        Timer.Sample started = Timer.start(registry);
        return Uni.createFrom().deferred(() -> emitter.sendMessage(message))
                .ifNoItem().after(config.publishTimeout()).fail()
                .onItemOrFailure().invoke((ignored, failure) -> RecordSpans.end(span, failure))
                .onItem().invoke(() -> {
                    started.stop(publishTime);
                    accepted.get(update.action()).increment();
                })
                .onFailure().transform(e -> new BrokerUnavailableException("Kafka did not acknowledge the update in time", e));
    }

    /**
     * The request's server span when tracing is on. With tracing off there is none, and the
     * caller's own traceparent keeps the update in the newsroom's trace.
     */
    static Context parent(String callerTraceparent) {
        Context current = Context.current();
        return Span.fromContext(current).getSpanContext().isValid() ? current : TraceParent.context(callerTraceparent);
    }
}
