package io.liveline.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.devstack.PostgresTestResource;
import io.liveline.devstack.SseClient;
import io.liveline.events.EventJson;
import io.liveline.events.TagSet;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The REST side apps and CDNs rely on: revalidation, caching headers, ninjs, scheduled posts, strict parameters. */
@QuarkusTest
@TestProfile(FeedTestProfile.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class LiveblogRestTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anUnchangedPageIsNotModifiedAndAChangedOneIsNot() {
        String blog = "rest-etag";
        String page = "/v1/liveblogs/" + blog + "/updates";
        EnrichedTopic.send(EnrichedTopic.update(blog, "e1", 1, "<p>one</p>", TagSet.EMPTY));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get(page).then().body("updates", hasSize(1)));

        String etag = given().get(page).then().statusCode(200)
                .header("Cache-Control", containsString("s-maxage=5"))
                .header("Cache-Control", containsString("stale-while-revalidate=30"))
                .extract().header("ETag");
        assertThat(etag).isNotBlank();
        given().header("If-None-Match", etag).get(page).then().statusCode(304).header("ETag", etag);

        EnrichedTopic.send(EnrichedTopic.update(blog, "e2", 2, "<p>two</p>", TagSet.EMPTY));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("If-None-Match", etag).get(page)
                .then().statusCode(200).body("updates.id", contains("e2", "e1")));
    }

    @Test
    void ninjsIsServedWhenAskedForAndValidatesAgainstIptcsSchema() {
        String blog = "rest-ninjs";
        EnrichedTopic.send(EnrichedTopic.tagged(blog, "n1", 7, Instant.parse("2026-11-25T07:00:00Z")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/v1/liveblogs/" + blog + "/updates/n1").then().statusCode(200));

        String item = given().accept("application/vnd.iptc.ninjs+json").get("/v1/liveblogs/" + blog + "/updates/n1").then()
                .statusCode(200).contentType("application/vnd.iptc.ninjs+json")
                .body("uri", equalTo("urn:liveline:rest-ninjs:n1"))
                .body("standard.version", equalTo("3.0"))
                .body("headlines[0].value", equalTo("Headline n1"))
                .body("bodies[0].contentType", equalTo("text/html"))
                .body("subjects[0].uri", equalTo("http://cv.iptc.org/newscodes/mediatopic/16000000"))
                .body("subjects[0].confidence", equalTo(90))
                .body("people[0].uri", equalTo("http://www.wikidata.org/entity/Q3881"))
                .body("places[0].uri", equalTo("http://www.wikidata.org/entity/Q212"))
                .body("organisations[0].name", equalTo("NATO"))
                .extract().asString();
        assertThat(NinjsSchema.violations(item)).isEmpty();

        String page = given().accept("application/vnd.iptc.ninjs+json").get("/v1/liveblogs/" + blog + "/updates").then()
                .statusCode(200).body("items.uri", contains("urn:liveline:rest-ninjs:n1")).extract().asString();
        assertThat(JsonPath.from(page).getList("items", Map.class)).allSatisfy(each ->
                assertThat(NinjsSchema.violations(EventJson.write(each))).isEmpty());
        given().get("/v1/liveblogs/" + blog + "/updates/n1").then().contentType("application/json").body("id", equalTo("n1"));
    }

    @Test
    void aRetractedUpdateAskedForAsNinjsIsACanceledItem() {
        String blog = "rest-ninjs-canceled";
        EnrichedTopic.send(EnrichedTopic.tagged(blog, "c1", 7, Instant.parse("2026-11-25T07:00:00Z")),
                EnrichedTopic.retraction(blog, "c1", 8));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/v1/liveblogs/" + blog + "/updates/c1").then().statusCode(410));

        String item = given().accept("application/vnd.iptc.ninjs+json").get("/v1/liveblogs/" + blog + "/updates/c1").then()
                .statusCode(410).contentType("application/vnd.iptc.ninjs+json")
                .body("pubStatus", equalTo("canceled"))
                .body("version", equalTo("8"))
                .extract().asString();
        assertThat(NinjsSchema.violations(item)).isEmpty();
    }

    @Test
    void aScheduledUpdateStaysHiddenUntilDueAndIsThenStreamed() {
        String blog = "rest-scheduled";
        Instant due = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.MILLIS);
        try (SseClient stream = SseClient.connect(base + "v1/liveblogs/" + blog + "/events", null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.status() == 200);
            EnrichedTopic.send(EnrichedTopic.update(blog, "now", 1, "<p>now</p>", TagSet.EMPTY),
                    EnrichedTopic.tagged(blog, "later", 2, due));
            await().atMost(Duration.ofSeconds(20)).until(() -> stream.events().size() == 1);
            assertThat(Instant.now()).isBefore(due);
            given().get("/v1/liveblogs/" + blog + "/updates").then().body("updates.id", contains("now"));
            given().get("/v1/liveblogs/" + blog + "/updates/later").then().statusCode(404);

            await().atMost(Duration.ofSeconds(20)).until(() -> stream.events().size() == 2);
            assertThat(Instant.now()).isAfterOrEqualTo(due);
            assertThat(stream.events().get(1).data()).contains("\"id\":\"later\"");
            given().get("/v1/liveblogs/" + blog + "/updates").then().body("updates.id", contains("later", "now"));
        }
    }

    @Test
    void theTopicFilterTakesAMinimumScore() {
        String blog = "rest-min-score";
        String page = "/v1/liveblogs/" + blog + "/updates?topic=medtop:16000000";
        EnrichedTopic.send(
                EnrichedTopic.update(blog, "s1", 1, "<p>sure</p>", topic("medtop:16000000", 0.9)),
                EnrichedTopic.update(blog, "s2", 2, "<p>unsure</p>", topic("medtop:16000000", 0.52)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get(page).then().body("updates", hasSize(2)));
        given().get(page + "&minScore=0.6").then().statusCode(200).body("updates.id", contains("s1"));
        given().get(page + "&minScore=0.5").then().statusCode(200).body("updates.id", contains("s2", "s1"));

        given().get(page + "&minScore=high").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("minScore"));
        given().get(page + "&minScore=1.5").then().statusCode(400).body("errors[0].field", equalTo("minScore"));
        given().get("/v1/liveblogs/" + blog + "/updates?minScore=0.6").then().statusCode(400)
                .body("errors[0].field", equalTo("minScore"));
        given().get("/v1/liveblogs/" + blog + "/events?minScore=2").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("minScore"));
    }

    private static TagSet topic(String code, double score) {
        return new TagSet(java.util.List.of(), java.util.List.of(), java.util.List.of(),
                java.util.List.of(new TagSet.TopicTag(code, "conflict, war and peace", score)));
    }

    @Test
    void unknownParametersAreProblemsNotAWiderAnswer() {
        given().get("/v1/liveblogs/rest-etag/updates?contry=UA").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("contry"));
    }
}
