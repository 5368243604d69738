package io.liveline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** Records survive the trip through Kafka; broken ones fail loudly so they reach the DLQ. */
class SerdeTest {

    @Test
    void enrichedUpdateRoundTrips() {
        EnrichedUpdate original = EventSamples.enriched();
        byte[] bytes = new EventSerializer<EnrichedUpdate>().serialize(Topics.ENRICHED, original);
        assertThat(new EventDeserializer.ForEnrichedUpdate().deserialize(Topics.ENRICHED, bytes)).isEqualTo(original);
    }

    @Test
    void tagCorrectionRoundTripsWithItsTypeInTheHeaders() {
        TagCorrection original = EventSamples.correction();
        byte[] bytes = new EventSerializer<TagCorrection>().serialize(Topics.RAW, original);
        assertThat(new EventDeserializer.ForTagCorrection().deserialize(Topics.RAW, bytes)).isEqualTo(original);

        RecordHeaders headers = new RecordHeaders();
        CloudEvent.forCorrection(original, "/ingest-service", TraceParent.newRoot()).writeTo(headers);
        assertThat(CloudEvent.typeOf(headers)).isEqualTo(CloudEvent.TYPE_TAGS_CORRECTED);
        assertThat(CloudEvent.typeOf(new RecordHeaders())).isNull();
    }

    @Test
    void correctionThatAddsAndRemovesOneTagIsRefused() {
        TagSet jordan = new TagSet(List.of(new TagSet.PersonTag("Jordan", null, 1)), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> new TagCorrection("nba-live", "u-1", 5L, jordan, jordan, EventSamples.RECEIVED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("people/Jordan");
        assertThatThrownBy(() -> new TagCorrection("nba-live", "u-1", 5L, TagSet.EMPTY, null, EventSamples.RECEIVED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownFieldsFromANewerProducerAreIgnored() {
        String json = new String(new EventSerializer<LiveUpdate>().serialize(Topics.RAW, EventSamples.published()),
                StandardCharsets.UTF_8).replaceFirst("\\{", "{\"futureField\":42,");
        LiveUpdate read = new EventDeserializer.ForLiveUpdate().deserialize(Topics.RAW, json.getBytes(StandardCharsets.UTF_8));
        assertThat(read).isEqualTo(EventSamples.published());
    }

    @Test
    void malformedJsonIsASerializationError() {
        assertThatThrownBy(() -> new EventDeserializer.ForLiveUpdate()
                .deserialize(Topics.RAW, "{\"liveblogId\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void recordBreakingInvariantsIsASerializationError() {
        String json = "{\"liveblogId\":\"../etc\",\"id\":\"a\",\"version\":1,\"action\":\"PUBLISH\",\"body\":\"x\","
                + "\"receivedAt\":\"2026-11-25T08:00:00Z\"}";
        assertThatThrownBy(() -> new EventDeserializer.ForLiveUpdate()
                .deserialize(Topics.RAW, json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("liveblogId");
    }

    @Test
    void cloudEventAttributesRoundTripThroughHeaders() {
        LiveUpdate update = EventSamples.published();
        CloudEvent event = CloudEvent.forRaw(update, "/ingest-service", TraceParent.newRoot());
        RecordHeaders headers = new RecordHeaders();
        event.writeTo(headers);

        assertThat(new String(headers.lastHeader("ce_specversion").value(), StandardCharsets.UTF_8)).isEqualTo("1.0");
        assertThat(CloudEvent.readFrom(headers)).isEqualTo(event);
        assertThat(event.id()).isEqualTo("harbour-strike-live/u-0007/1764058530123456");
        assertThat(event.type()).isEqualTo(CloudEvent.TYPE_PUBLISHED);
    }

    @Test
    void headersWithoutSpecVersionAreRejected() {
        assertThatThrownBy(() -> CloudEvent.readFrom(new RecordHeaders())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void traceparentRoundTripsThroughOpenTelemetryContext() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        SpanContext remote = Span.fromContext(TraceParent.context(traceparent)).getSpanContext();
        assertThat(remote.isRemote()).isTrue();
        assertThat(remote.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(remote.getSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(TraceParent.of(Span.wrap(remote))).isEqualTo(traceparent);
    }

    @Test
    void invalidSpanGetsANewRootAndGarbageNoParent() {
        assertThat(TraceParent.of(Span.getInvalid())).matches(TraceParent::isValid);
        assertThat(Span.fromContext(TraceParent.context("garbage")).getSpanContext().isValid()).isFalse();
        assertThat(Span.fromContext(TraceParent.context(null)).getSpanContext().isValid()).isFalse();
    }
}
