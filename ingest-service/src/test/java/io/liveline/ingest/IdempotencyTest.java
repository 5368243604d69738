package io.liveline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.liveline.devstack.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A retried request with the same Idempotency-Key is answered again, not published again. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class IdempotencyTest {

    private static ExtractableResponse<Response> post(String blog, String key, String body, int status) {
        return Requests.newsroom().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/v1/liveblogs/" + blog + "/updates").then().statusCode(status).extract();
    }

    @Test
    void replayGetsTheSameAnswerAndNoSecondEvent() {
        String blog = "test-idempotent";
        String body = "{\"body\": \"<p>Polls close at ten.</p>\"}";
        ExtractableResponse<Response> first = post(blog, "k-1", body, 202);
        ExtractableResponse<Response> replay = post(blog, "k-1", body, 202);
        assertThat(replay.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(replay.jsonPath().getLong("version")).isEqualTo(first.jsonPath().getLong("version"));
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));

        post(blog, "k-2", body, 202);
        assertThat(RawTopic.records(blog, 3, Duration.ofSeconds(8))).hasSize(2);
    }

    @Test
    void sameKeyWithADifferentBodyIs422AndPublishesNothing() {
        String blog = "test-idempotent-conflict";
        post(blog, "k-1", "{\"body\": \"<p>original</p>\"}", 202);
        Requests.newsroom().header("Idempotency-Key", "k-1").contentType(ContentType.JSON).body("{\"body\": \"<p>changed</p>\"}")
                .post("/v1/liveblogs/" + blog + "/updates")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://liveline.io/problems/idempotency-key-reused"));
        assertThat(RawTopic.records(blog, 2, Duration.ofSeconds(5))).hasSize(1);
    }

    @Test
    void anInvalidRequestIsNotRememberedSoTheFixedOneGoesThrough() {
        String blog = "test-idempotent-fix";
        post(blog, "k-1", "{\"headline\": \"forgot the body\"}", 400);
        post(blog, "k-1", "{\"body\": \"<p>fixed</p>\"}", 202);
        assertThat(RawTopic.records(blog, 1, Duration.ofSeconds(20))).hasSize(1);
    }
}
