package io.liveline.events;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The spans of the pipeline's Kafka hops, named and attributed after OpenTelemetry's messaging
 * conventions, so every hop of one update sits in the trace of the request that published it and
 * each service names its hops alike.
 *
 * <p>The Kafka connector's OpenTelemetry instrumentation ({@code tracing-enabled}) stays off, as
 * tried side by side on ingest's channel (Quarkus 3.33.2, SmallRye Reactive Messaging 4.33.0,
 * 2026-12-07): it does parent its producer span on the request's, but it adds that span beside
 * ours and a second {@code traceparent} header after the one {@link CloudEvent} carries; its span
 * names no update; with the SDK off (every profile but Kubernetes) it writes no
 * {@code traceparent} at all, where ours keeps the caller's trace; and for the enricher's batches
 * its consumer spans end on receipt, not around the tagging. Replacing ours with it would lose
 * those, keeping both would double every hop.
 */
public final class RecordSpans {

    private static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
    private static final AttributeKey<String> PARTITION = AttributeKey.stringKey("messaging.destination.partition.id");
    private static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.offset");
    private static final AttributeKey<String> KEY = AttributeKey.stringKey("messaging.kafka.message.key");
    private static final AttributeKey<String> UPDATE_ID = AttributeKey.stringKey("liveline.update.id");
    private static final AttributeKey<Long> UPDATE_VERSION = AttributeKey.longKey("liveline.update.version");

    private RecordSpans() {
    }

    /** The span of sending one record to {@code topic} under {@code key} (the live blog), a child of {@code parent}. */
    public static Span send(Tracer tracer, String topic, String key, Context parent) {
        return tracer.spanBuilder("send " + topic)
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(parent)
                .setAttribute(SYSTEM, "kafka")
                .setAttribute(DESTINATION, topic)
                .setAttribute(OPERATION, "send")
                .setAttribute(KEY, key)
                .startSpan();
    }

    /** The span of handling one consumed record, a child of the span its {@code traceparent} header names. */
    public static Span process(Tracer tracer, ConsumerRecord<String, ?> record) {
        Header traceparent = record.headers().lastHeader(CloudEvent.TRACEPARENT);
        Context parent = TraceParent.context(traceparent == null || traceparent.value() == null
                ? null : new String(traceparent.value(), StandardCharsets.UTF_8));
        SpanBuilder span = tracer.spanBuilder("process " + record.topic())
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(parent)
                .setAttribute(SYSTEM, "kafka")
                .setAttribute(DESTINATION, record.topic())
                .setAttribute(OPERATION, "process")
                .setAttribute(PARTITION, String.valueOf(record.partition()))
                .setAttribute(OFFSET, record.offset());
        if (record.key() != null) {
            span.setAttribute(KEY, record.key());
        }
        return span.startSpan();
    }

    /** Names the update version a span handled, so an update's trace can be found by its id. */
    public static void describe(Span span, LiveUpdate update) {
        span.setAttribute(UPDATE_ID, update.id());
        span.setAttribute(UPDATE_VERSION, update.version());
    }

    /** Ends a span, marked as failed with the error when there is one. */
    public static void end(Span span, Throwable failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
        }
        span.end();
    }
}
