package io.liveline.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.devstack.PostgresTestResource;
import io.liveline.events.TagSet;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With tracing on (FeedTestProfile), as in Kubernetes: storing an update is a span in the enriched record's trace. */
@QuarkusTest
@TestProfile(FeedTestProfile.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class TracingTest {

    private static final String TRACE_ID = "5a3c6b1e0f2d4c8b9a7e6d5c4b3a2918";
    private static final String ENRICH_SPAN_ID = "1f2e3d4c5b6a7988";

    @Inject
    InMemorySpanExporter spans;

    @Test
    void storingIsAProcessSpanThatIsAChildOfTheEnrichedRecordsSpan() {
        String blog = "feed-traced";
        EnrichedTopic.send(EnrichedTopic.update(blog, "t1", 1, "<p>traced</p>", TagSet.EMPTY),
                "00-" + TRACE_ID + "-" + ENRICH_SPAN_ID + "-01");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(inTrace()).isNotEmpty());
        SpanData store = inTrace().get(0);
        assertThat(store.getName()).isEqualTo("process liveline.updates.enriched");
        assertThat(store.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(store.getParentSpanId()).isEqualTo(ENRICH_SPAN_ID);
        assertThat(store.getAttributes().get(AttributeKey.stringKey("liveline.update.id"))).isEqualTo("t1");
        given().get("/v1/liveblogs/" + blog + "/updates/t1").then().statusCode(200);
    }

    private List<SpanData> inTrace() {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(TRACE_ID)).toList();
    }
}
