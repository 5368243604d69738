package io.liveline.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.devstack.TracingOnProfile;
import io.liveline.events.CloudEvent;
import io.liveline.events.EventSerializer;
import io.liveline.events.LiveUpdate;
import io.liveline.events.UpdateAction;
import io.liveline.events.UpdateKind;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** With tracing on, as in Kubernetes: enrichment is a span in the raw record's trace, and the enriched record names it. */
@QuarkusTest
@TestProfile(TracingOnProfile.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class TracingTest {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String INGEST_SPAN_ID = "b7ad6b7169203331";

    @Inject
    InMemorySpanExporter spans;

    @Test
    void enrichedRecordNamesAProcessSpanThatIsAChildOfTheRawRecordsSpan() {
        String blog = "enrich-traced";
        Instant now = Instant.now();
        LiveUpdate update = new LiveUpdate(blog, "t1", 1, UpdateAction.PUBLISH, UpdateKind.POST, null,
                "<p>Talks in Kyiv.</p>", "Talks in Kyiv.", false, List.of(), now, now);
        RecordHeaders headers = new RecordHeaders();
        CloudEvent.forRaw(update, "/test", "00-" + TRACE_ID + "-" + INGEST_SPAN_ID + "-01").writeTo(headers);
        Topics.send(io.liveline.events.Topics.RAW, blog, new EventSerializer<LiveUpdate>().serialize("raw", update), headers);

        ConsumerRecord<String, byte[]> enriched = Topics.read(io.liveline.events.Topics.ENRICHED, blog, 1, Duration.ofSeconds(30)).get(0);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(inTrace()).isNotEmpty());
        SpanData process = inTrace().get(0);
        assertThat(process.getName()).isEqualTo("process liveline.updates.raw");
        assertThat(process.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(process.getParentSpanId()).isEqualTo(INGEST_SPAN_ID);
        assertThat(process.getAttributes().get(AttributeKey.stringKey("messaging.kafka.message.key"))).isEqualTo(blog);
        assertThat(new String(enriched.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                .isEqualTo("00-" + TRACE_ID + "-" + process.getSpanId() + "-01");
    }

    private List<SpanData> inTrace() {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(TRACE_ID)).toList();
    }
}
