package io.liveline.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.devstack.PostgresTestResource;
import io.liveline.events.TagSet;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** GET /v1/liveblogs over the counts the writer keeps: what a count is, the order, the cursor, the prefix. */
@QuarkusTest
@TestProfile(FeedTestProfile.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class LiveblogListTest {

    /*
     * The kept counts against the updates themselves, for this class's live blogs (another test
     * writes a row behind the writer's back, as a broken record would be).
     */
    private static final String MISCOUNTED = """
            SELECT count(*) FROM liveblog_activity a
            FULL JOIN (SELECT liveblog_id, count(*) FILTER (WHERE NOT retracted) AS visible FROM live_update
                       WHERE seq IS NOT NULL GROUP BY liveblog_id) t USING (liveblog_id)
            WHERE liveblog_id ~ '^(list|order)-'
              AND ((a.last_activity IS NOT NULL) IS DISTINCT FROM (t.liveblog_id IS NOT NULL)
                   OR (t.liveblog_id IS NOT NULL AND a.updates IS DISTINCT FROM t.visible))""";

    @Inject
    Pool pool;

    private static int count(String blog) {
        return given().get("/v1/liveblogs?prefix=" + blog).then().statusCode(200)
                .body("liveblogs[0].liveblogId", equalTo(blog)).extract().path("liveblogs[0].updates");
    }

    @Test
    void theCountIsOfVisibleUpdatesThroughEditsRetractionsAndScheduledReleases() {
        String blog = "list-count";
        EnrichedTopic.send(EnrichedTopic.update(blog, "a", 1, "<p>a</p>", TagSet.EMPTY),
                EnrichedTopic.update(blog, "b", 2, "<p>b</p>", TagSet.EMPTY),
                // published and edited in one batch: one update
                EnrichedTopic.update(blog, "c", 3, "<p>c</p>", TagSet.EMPTY),
                EnrichedTopic.update(blog, "c", 4, "<p>c, edited</p>", TagSet.EMPTY));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(count(blog)).isEqualTo(3));

        Instant due = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
        EnrichedTopic.send(EnrichedTopic.update(blog, "a", 5, "<p>a, edited</p>", TagSet.EMPTY),
                EnrichedTopic.retraction(blog, "b", 6),
                // a redelivered old version changes nothing, nor does a retraction of what is already retracted
                EnrichedTopic.update(blog, "c", 3, "<p>c</p>", TagSet.EMPTY),
                EnrichedTopic.tagged(blog, "later", 7, due),
                EnrichedTopic.tagged(blog, "never", 8, due));
        EnrichedTopic.send(EnrichedTopic.retraction(blog, "never", 9), EnrichedTopic.retraction(blog, "b", 10),
                EnrichedTopic.update(blog, "marker", 11, "<p>marker</p>", TagSet.EMPTY));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/v1/liveblogs/" + blog + "/updates/marker").then().statusCode(200));
        assertThat(Instant.now()).isBefore(due);
        assertThat(count(blog)).as("a, c and marker; b retracted, later and never scheduled").isEqualTo(3);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/v1/liveblogs/" + blog + "/updates/later").then().statusCode(200));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/v1/liveblogs/" + blog + "/updates/never").then().statusCode(410));
        assertThat(count(blog)).as("later released; never released as retracted").isEqualTo(4);
        given().get("/v1/liveblogs?prefix=" + blog).then().body("liveblogs[0].lastActivity", equalTo(due.toString()));

        // An edit that moves a visible update into the future takes it off the page, and out of the count, until due.
        Instant again = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
        EnrichedTopic.send(EnrichedTopic.tagged(blog, "a", 12, again));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(count(blog)).isEqualTo(3));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(count(blog)).isEqualTo(4));

        assertThat(pool.query(MISCOUNTED).execute().await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0))
                .as("live blogs whose kept count differs from their updates").isZero();
    }

    @Test
    void mostRecentlyActiveFirstTiesByIdPagedByCursor() {
        // Activity is when a change was received: version v is received v seconds after the tests' epoch.
        EnrichedTopic.send(EnrichedTopic.update("order-one", "x", 1, "<p>x</p>", TagSet.EMPTY),
                EnrichedTopic.update("order-two", "x", 3, "<p>x</p>", TagSet.EMPTY),
                EnrichedTopic.update("order-three", "x", 2, "<p>x</p>", TagSet.EMPTY),
                EnrichedTopic.update("order-four", "x", 2, "<p>x</p>", TagSet.EMPTY),
                EnrichedTopic.update("orders-not-this", "x", 9, "<p>x</p>", TagSet.EMPTY));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/v1/liveblogs?prefix=order-").then()
                .body("liveblogs.liveblogId", contains("order-two", "order-three", "order-four", "order-one")));

        String next = given().get("/v1/liveblogs?prefix=order-&limit=2").then().statusCode(200)
                .body("liveblogs.liveblogId", contains("order-two", "order-three")).extract().path("next");
        next = given().queryParam("prefix", "order-").queryParam("limit", 2).queryParam("before", next).get("/v1/liveblogs")
                .then().statusCode(200).body("liveblogs.liveblogId", contains("order-four", "order-one")).extract().path("next");
        given().queryParam("prefix", "order-").queryParam("limit", 2).queryParam("before", next).get("/v1/liveblogs")
                .then().statusCode(200).body("liveblogs", org.hamcrest.Matchers.empty()).body("next", nullValue());

        String first = given().get("/v1/liveblogs?prefix=order-&limit=1").then().extract().path("next");
        given().queryParam("prefix", "orders-").queryParam("before", first).get("/v1/liveblogs").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("before"));
    }

    @Test
    void badListParametersAreProblemsNamingThem() {
        for (String prefix : new String[] {"order_", "order%", "", "Order"}) {
            given().queryParam("prefix", prefix).get("/v1/liveblogs").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("prefix"));
        }
        given().get("/v1/liveblogs?limit=101").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().get("/v1/liveblogs?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().get("/v1/liveblogs?sort=name").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().get("/v1/liveblogs?before=bm90LWEtY3Vyc29y").then().statusCode(400).body("errors[0].field", equalTo("before"));
    }
}
