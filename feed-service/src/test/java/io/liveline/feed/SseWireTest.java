package io.liveline.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.devstack.PostgresTestResource;
import io.liveline.events.TagSet;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import jakarta.inject.Inject;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.net.SocketFactory;
import org.junit.jupiter.api.Test;

/**
 * The SSE stream as bytes on the wire: over HTTP/1.1 events are written as chunks straight to the
 * socket, interleaved with heartbeats the Vert.x response writes, and the stream must stay one
 * well-formed chunked body; over HTTP/2 (h2c) events go through the response.
 */
@QuarkusTest
@TestProfile(FeedTestProfile.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class SseWireTest {

    private static final Pattern SSE_BLOCK = Pattern.compile(":heartbeat(\nretry: \\d+)?|id: \\d+\nevent: update\ndata: \\{.*}");

    @TestHTTPResource("/")
    URL base;

    @Inject
    Vertx vertx;

    @Test
    void http11EventsAndHeartbeatsInterleaveAsOneWellFormedChunkedBody() throws Exception {
        eventsAndHeartbeatsInterleaveAsOneWellFormedChunkedBody(base, "feed-wire", SocketFactory.getDefault());
    }

    /**
     * Events (written straight to the socket), then a heartbeat (through the response), then more
     * events, all read by a strict chunked parser: the stream must stay whole SSE blocks in order.
     */
    static void eventsAndHeartbeatsInterleaveAsOneWellFormedChunkedBody(URL base, String blog, SocketFactory sockets)
            throws Exception {
        double chunkStreams = streams("chunks");
        try (Socket socket = sockets.createSocket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("GET /v1/liveblogs/" + blog + "/events HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            ChunkedSseBody body = new ChunkedSseBody(socket.getInputStream());
            assertThat(body.head()).startsWith("HTTP/1.1 200").containsIgnoringCase("transfer-encoding: chunked")
                    .containsIgnoringCase("content-type: text/event-stream");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(streams("chunks")).isGreaterThan(chunkStreams));

            EnrichedTopic.send(EnrichedTopic.update(blog, "w1", 1, "<p>one</p>", TagSet.EMPTY),
                    EnrichedTopic.update(blog, "w2", 2, "<p>two</p>", TagSet.EMPTY));
            body.readUntil(() -> body.eventIds().size() == 2);
            int heartbeats = body.heartbeats();
            body.readUntil(() -> body.heartbeats() > heartbeats);
            EnrichedTopic.send(EnrichedTopic.update(blog, "w3", 3, "<p>three, " + "long ".repeat(2_000) + "</p>", TagSet.EMPTY));
            body.readUntil(() -> body.eventIds().size() == 3);

            assertThat(body.eventIds()).isSorted().doesNotHaveDuplicates();
            String text = body.text();
            int third = text.indexOf("\"id\":\"w3\"");
            assertThat(text.indexOf("\"id\":\"w1\"")).isPositive().isLessThan(text.indexOf("\"id\":\"w2\""));
            assertThat(text.lastIndexOf(ChunkedSseBody.HEARTBEAT, third)).isGreaterThan(text.indexOf("\"id\":\"w2\""));
            assertThat(text).contains("long long");
            // Nothing but whole SSE blocks: no chunk framing leaked into the content.
            assertThat(text.split("\n\n")).allMatch(block -> SSE_BLOCK.matcher(block).matches(), "an SSE comment or event");
        }
    }

    @Test
    void h2cStreamsGoThroughTheResponse() throws Exception {
        String blog = "feed-h2c";
        double responseStreams = streams("response");
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setProtocolVersion(HttpVersion.HTTP_2).setHttp2ClearTextUpgrade(false));
        try {
            StringBuilder received = new StringBuilder();
            HttpClientResponse response = client.request(new RequestOptions().setMethod(HttpMethod.GET)
                            .setHost(base.getHost()).setPort(base.getPort()).setURI("/v1/liveblogs/" + blog + "/events"))
                    .compose(request -> request.send())
                    .onSuccess(answer -> answer.handler(bytes -> {
                        synchronized (received) {
                            received.append(bytes.toString(StandardCharsets.UTF_8));
                        }
                    }))
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertThat(response.version()).isEqualTo(HttpVersion.HTTP_2);
            assertThat(response.statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(streams("response")).isGreaterThan(responseStreams));

            EnrichedTopic.send(EnrichedTopic.update(blog, "h1", 1, "<p>one</p>", TagSet.EMPTY),
                    EnrichedTopic.update(blog, "h2", 2, "<p>two</p>", TagSet.EMPTY));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                synchronized (received) {
                    return received.indexOf("\"id\":\"h2\"") > 0;
                }
            });
            synchronized (received) {
                assertThat(received.indexOf("\"id\":\"h1\"")).isPositive().isLessThan(received.indexOf("\"id\":\"h2\""));
                assertThat(received).startsWith(":heartbeat\nretry: ");
            }
        } finally {
            client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    static double streams(String writes) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return text.lines().filter(line -> line.startsWith("liveline_feed_sse_streams_total{") && line.contains("writes=\"" + writes + "\""))
                // The value follows the labels; an exemplar (with a timestamp) may follow the value.
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf("} ") + 2).split(" ")[0])).sum();
    }
}
