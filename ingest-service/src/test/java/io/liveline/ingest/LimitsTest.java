package io.liveline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.liveline.devstack.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Oversized bodies and runaway clients are refused with a problem, and nothing is published. */
@QuarkusTest
@TestProfile(LimitsTest.SmallRate.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class LimitsTest {

    /**
     * A burst of 3 and a rate so slow (one request per 100 s) that no token comes back while the
     * test runs, however slow the machine: exactly 3 requests pass.
     */
    public static class SmallRate implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liveline.ingest.rate-limit-per-second", "0.01", "liveline.ingest.rate-limit-burst", "3");
        }
    }

    @TestHTTPResource("/")
    URL base;

    @Test
    void tenMegabyteBodyIs413BeforeItIsRead() throws Exception {
        // A raw socket: the server answers on the declared length, before the 10 MB arrive.
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST /v1/liveblogs/test-huge/updates HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + Requests.KEY + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (10 * 1024 * 1024) + "\r\n\r\n{\"body\": \"<p>";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // The server refuses on the declared length, with a problem document, and hangs up.
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"type\":\"https://liveline.io/problems/body-too-large\"");
        }
        assertThat(RawTopic.records("test-huge", 0, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void aKeyOverItsRateGets429WithRetryAfter() {
        String blog = "uk-rate";
        int accepted = 0;
        int limited = 0;
        for (int i = 0; i < 8; i++) {
            int status = Requests.newsroom().contentType(ContentType.JSON).body("{\"body\": \"<p>" + i + "</p>\"}")
                    .post("/v1/liveblogs/" + blog + "/updates").then().extract().statusCode();
            accepted += status == 202 ? 1 : 0;
            limited += status == 429 ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(3);
        assertThat(limited).isEqualTo(8 - accepted);
        Requests.newsroom().contentType(ContentType.JSON).body("{\"body\": \"<p>again</p>\"}")
                .post("/v1/liveblogs/" + blog + "/updates")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://liveline.io/problems/rate-limited"));
        // another key has its own bucket
        io.restassured.RestAssured.given().header("Authorization", "Bearer test-other-key").contentType(ContentType.JSON)
                .body("{\"body\": \"<p>x</p>\"}").post("/v1/liveblogs/other-rate/updates").then().statusCode(202);
        assertThat(RawTopic.records(blog, accepted + 1, Duration.ofSeconds(5))).hasSize(accepted);
    }
}
