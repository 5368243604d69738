package io.liveline.ingest.kafka;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.devstack.SharedInfrastructure;
import io.liveline.events.LiveblogState;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A second replica's view of the live blogs, over the real broker: a follower started after a
 * blog ended loads that state before it is ready, and a running one follows a reopening.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class LiveblogFollowerTest {

    private static void put(String blog, String state) {
        given().header("Authorization", "Bearer test-newsroom-key").contentType(ContentType.JSON)
                .body("{\"title\": \"Replica check\", \"state\": \"" + state + "\"}").put("/v1/liveblogs/" + blog)
                .then().statusCode(202);
    }

    @Test
    void anotherReplicaLoadsTheEndedStateAndFollowsTheReopening() throws Exception {
        String blog = "test-second-replica";
        put(blog, "live");
        put(blog, "ended");

        LiveblogFollower second = new LiveblogFollower(Map.of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers()));
        second.start(null);
        try {
            await().atMost(Duration.ofSeconds(20)).until(second::isLoaded);
            assertThat(second.get(blog).state()).isEqualTo(LiveblogState.ENDED);

            put(blog, "paused");
            await().atMost(Duration.ofSeconds(20)).until(() -> second.get(blog).state() == LiveblogState.PAUSED);
            assertThat(second.get(blog).closedAt()).isNull();
            assertThat(second.get("test-never-described")).isNull();
        } finally {
            second.stop(null);
        }
    }

    @Test
    void readinessNamesTheLiveblogStates() {
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("live blog states"));
    }
}
