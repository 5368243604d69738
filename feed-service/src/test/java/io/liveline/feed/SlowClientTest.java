package io.liveline.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.devstack.PostgresTestResource;
import io.liveline.events.EnrichedUpdate;
import io.liveline.events.TagSet;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A client that stops reading is cut off once its bounded buffer is full, instead of growing the server's memory. */
@QuarkusTest
@TestProfile(SlowClientTest.SmallBuffer.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class SlowClientTest {

    /** A buffer of 20 events, so a few megabytes of updates overflow it. */
    public static class SmallBuffer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liveline.feed.stream-buffer", "20");
        }
    }

    @TestHTTPResource("/")
    URL base;

    @Test
    void aClientThatStopsReadingIsDisconnectedAndCounted() throws Exception {
        String blog = "slow-client";
        String body = "<p>" + "x".repeat(20_000) + "</p>";
        try (Socket stalled = new Socket()) {
            // A tiny receive window: the server's writes back up quickly once the client stops reading.
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new InetSocketAddress(base.getHost(), base.getPort()));
            stalled.getOutputStream().write(("GET /v1/liveblogs/" + blog + "/events HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            await().atMost(Duration.ofSeconds(10)).until(() -> metric("liveline_feed_sse_connections") >= 1);

            EnrichedTopic.send(IntStream.range(0, 400)
                    .mapToObj(i -> EnrichedTopic.update(blog, "big" + i, i + 1, body, TagSet.EMPTY))
                    .toArray(EnrichedUpdate[]::new));

            await().atMost(Duration.ofSeconds(60)).until(() -> metric("liveline_feed_sse_slow_client_disconnects_total") >= 1);
            // Draining what was already sent ends in the server closing the stream.
            InputStream in = stalled.getInputStream();
            stalled.setSoTimeout(10_000);
            assertThat(in.transferTo(java.io.OutputStream.nullOutputStream())).isPositive();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> metric("liveline_feed_sse_connections") == 0);
    }

    private static double metric(String name) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return text.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
