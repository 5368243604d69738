package io.liveline.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.devstack.TracingOnProfile;
import io.liveline.events.LiveUpdate;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** With tracing on, as in Kubernetes: the newsroom's trace goes on in the raw record's traceparent. */
@QuarkusTest
@TestProfile(TracingOnProfile.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class TracingTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN_ID = "00f067aa0ba902b7";

    @Inject
    InMemorySpanExporter spans;

    @Test
    void rawRecordNamesASendSpanUnderTheRequestsServerSpan() {
        given().header("Authorization", "Bearer test-newsroom-key").contentType(ContentType.JSON)
                .header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN_ID + "-01")
                .body("{\"id\": \"traced-1\", \"body\": \"<p>Polls open.</p>\"}")
                .post("/v1/liveblogs/test-traced/updates")
                .then().statusCode(202);
        ConsumerRecord<String, LiveUpdate> record = RawTopic.records("test-traced", 1, Duration.ofSeconds(20)).get(0);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(inTrace())
                .extracting(SpanData::getKind).contains(SpanKind.SERVER, SpanKind.PRODUCER));
        SpanData server = inTrace().stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        SpanData send = inTrace().stream().filter(s -> s.getKind() == SpanKind.PRODUCER).findFirst().orElseThrow();
        assertThat(server.getParentSpanId()).isEqualTo(CALLER_SPAN_ID);
        assertThat(send.getName()).isEqualTo("send liveline.updates.raw");
        assertThat(send.getParentSpanId()).isEqualTo(server.getSpanId());
        assertThat(send.getAttributes().get(AttributeKey.stringKey("liveline.update.id"))).isEqualTo("traced-1");
        assertThat(new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                .isEqualTo("00-" + TRACE_ID + "-" + send.getSpanId() + "-01");
    }

    private java.util.List<SpanData> inTrace() {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(TRACE_ID)).toList();
    }
}
