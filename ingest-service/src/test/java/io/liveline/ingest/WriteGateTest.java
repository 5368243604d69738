package io.liveline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveline.devstack.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A write is judged on its headers before its body is read: who sends it, and what it says it is. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class WriteGateTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aWriteWithoutContentTypeIs415AndPublishesNothing() throws Exception {
        String blog = "test-no-content-type";
        // java.net.http sends no Content-Type unless told to.
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "v1/liveblogs/" + blog + "/updates"))
                .header("Authorization", Requests.KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"body\": \"<p>no type</p>\"}")).build();
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"https://liveline.io/problems/unsupported-media-type\"");
        assertThat(RawTopic.records(blog, 0, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void anUnknownCallerIs401BeforeItsFourMegabyteBodyIsRead() throws Exception {
        // A body within the size limit: only the missing key can refuse it before it arrives.
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST /v1/liveblogs/test-stranger/updates HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer not-a-key\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (4 * 1024 * 1024 - 1) + "\r\n\r\n{\"body\": \"<p>";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 401").containsIgnoringCase("www-authenticate: Bearer")
                    .contains("\"type\":\"https://liveline.io/problems/unauthenticated\"");
        }
    }
}
