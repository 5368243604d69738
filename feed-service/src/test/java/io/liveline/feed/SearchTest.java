package io.liveline.feed;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.devstack.PostgresTestResource;
import io.liveline.events.TagSet;
import io.liveline.events.UpdateKind;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * q= on a live blog's updates and across live blogs, over the real PostgreSQL full-text search:
 * words (stemmed), phrases, prefixes, with filters and cursors, never a retracted or scheduled update.
 * The made-up place names keep the other tests' updates out of the answers.
 */
@QuarkusTest
@TestProfile(FeedTestProfile.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class SearchTest {

    private static final String BLOG = "search-one";
    private static final String OTHER = "search-two";
    private static final Instant AT = Instant.parse("2026-11-25T09:00:00Z");

    private static boolean published;

    /* Before each rather than all: the application (and RestAssured's port) is up only then. */
    @BeforeEach
    void publishOnce() {
        if (published) {
            return;
        }
        published = true;
        TagSet belgium = EnrichedTopic.country("BE", "Belgium");
        EnrichedTopic.send(
                EnrichedTopic.post(BLOG, "meets", 1, "Zelenskyy meets allies in Vrelgrad",
                        "The president of Ukraine met leaders at the summit.", AT.plusSeconds(1)),
                EnrichedTopic.post(BLOG, "sirens", 2, null, "Air raid sirens sounded across Vrelgrad overnight.", AT.plusSeconds(2)),
                EnrichedTopic.post(BLOG, "office", 3, null, "Zelensky's office in Vrelgrad said the talks were constructive.",
                        AT.plusSeconds(3)),
                EnrichedTopic.post(BLOG, "withdrawn", 4, "Vrelgrad", "A Vrelgrad report that was withdrawn.", AT.plusSeconds(4)),
                EnrichedTopic.post(BLOG, "scheduled", 5, "Vrelgrad", "A Vrelgrad report due tomorrow.", Instant.now().plusSeconds(86_400)),
                EnrichedTopic.post(OTHER, "talks", 6, null, "Talks in Vrelgrad continue into the night.", belgium, UpdateKind.POST,
                        false, AT.plusSeconds(6)),
                EnrichedTopic.post(OTHER, "edited", 7, null, "Vrelgrad airport reopened.", AT.plusSeconds(7)));
        EnrichedTopic.send(EnrichedTopic.retraction(BLOG, "withdrawn", 8),
                EnrichedTopic.post(OTHER, "edited", 9, null, "The airport reopened.", AT.plusSeconds(7)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/v1/liveblogs/" + OTHER + "/updates/edited")
                .then().body("version", equalTo(9)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/v1/liveblogs/" + BLOG + "/updates/withdrawn")
                .then().statusCode(410));
    }

    @Test
    void aWordMatchesItsOtherFormsInOneLiveBlogNewestFirst() {
        given().get("/v1/liveblogs/" + BLOG + "/updates?q=vrelgrad").then().statusCode(200)
                .body("updates.id", contains("office", "sirens", "meets"));
        given().get("/v1/liveblogs/" + BLOG + "/updates?q=meeting summits").then().statusCode(200)
                .body("updates.id", contains("meets"));
        given().get("/v1/liveblogs/" + BLOG + "/updates?q=VRELGRAD Sirens").then().body("updates.id", contains("sirens"));
    }

    @Test
    void acrossLiveBlogsEachUpdateSaysWhichItIsIn() {
        given().get("/v1/updates?q=vrelgrad").then().statusCode(200)
                .body("updates.id", contains("talks", "office", "sirens", "meets"))
                .body("updates.liveblogId", contains(OTHER, BLOG, BLOG, BLOG));
        given().get("/v1/updates?q=vrelgrad&country=BE").then().body("updates.id", contains("talks"));
        given().get("/v1/updates?q=airport").then().body("updates.id", contains("edited"));
        given().get("/v1/updates?q=vrelgrad airport").then().body("updates", empty());
    }

    @Test
    void phrasesKeepTheirOrderAndStopWords() {
        given().get("/v1/updates?q=\"president of ukraine\"").then().statusCode(200).body("updates.id", contains("meets"));
        given().get("/v1/updates?q=\"ukraine president\"").then().statusCode(200).body("updates", empty());
        given().get("/v1/updates?q=\"raid sirens\" vrelgrad").then().body("updates.id", contains("sirens"));
    }

    @Test
    void aPrefixMatchesEveryWordItBegins() {
        given().get("/v1/updates?q=zelen* vrelgrad").then().statusCode(200).body("updates.id", contains("office", "meets"));
        given().get("/v1/updates?q=vrelg*").then().body("updates.id", contains("talks", "office", "sirens", "meets"));
    }

    @Test
    void retractedAndScheduledUpdatesAreNeverFound() {
        given().get("/v1/updates?q=report").then().body("updates", empty());
        given().get("/v1/liveblogs/" + BLOG + "/updates?q=withdrawn").then().body("updates", empty());
        given().get("/v1/updates?q=tomorrow").then().body("updates", empty());
    }

    @Test
    void cursorsPageThroughASearch() {
        String next = given().get("/v1/updates?q=vrelgrad&limit=3").then().statusCode(200)
                .body("updates.id", contains("talks", "office", "sirens")).extract().path("next");
        given().queryParam("q", "vrelgrad").queryParam("limit", 3).queryParam("before", next).get("/v1/updates").then()
                .statusCode(200).body("updates.id", contains("meets")).body("next", nullValue());
        given().queryParam("q", "sirens").queryParam("before", next).get("/v1/updates").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("before"));
    }

    @Test
    void byRelevanceAHeadlineMatchComesFirstWithItsOwnCursor() {
        List<String> all = given().get("/v1/updates?q=vrelgrad&sort=relevance").then().statusCode(200)
                .body("updates", hasSize(4)).body("updates[0].id", equalTo("meets")).extract().path("updates.id");
        given().get("/v1/updates?q=vrelgrad").then().body("updates.id", contains("talks", "office", "sirens", "meets"));
        String next = given().get("/v1/updates?q=vrelgrad&sort=relevance&limit=2").then().statusCode(200)
                .body("updates.id", contains(all.get(0), all.get(1))).extract().path("next");
        given().queryParam("q", "vrelgrad").queryParam("sort", "relevance").queryParam("limit", 2).queryParam("before", next)
                .get("/v1/updates").then().statusCode(200).body("updates.id", contains(all.get(2), all.get(3)));
        given().queryParam("q", "vrelgrad").queryParam("limit", 2).queryParam("before", next).get("/v1/updates")
                .then().statusCode(400).body("errors[0].field", equalTo("before"));
        given().get("/v1/liveblogs/" + BLOG + "/updates?q=vrelgrad&sort=relevance").then().statusCode(200)
                .body("updates.id", contains("meets", "office", "sirens"));
    }

    @Test
    void badSearchesAreProblemsNamingQAndNeverReachSqlAsText() {
        for (String q : new String[] {"", "   ", "x".repeat(10_000), "\"unclosed phrase", "*", "zel*ensky", "z*", "\"zelen*\"",
                "!!! ???", "\"\""}) {
            given().queryParam("q", q).get("/v1/updates").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("q"));
            given().queryParam("q", q).get("/v1/liveblogs/" + BLOG + "/updates").then().statusCode(400)
                    .body("errors[0].field", equalTo("q"));
        }
        // tsquery operators and SQL are only separators between the words searched for
        for (String q : new String[] {"vrelgrad & !sirens | (x", "'); DROP TABLE live_update; --", "vrelgrad:A <-> <2>"}) {
            given().queryParam("q", q).get("/v1/updates").then().statusCode(200);
        }
        given().get("/v1/updates?q=vrelgrad").then().body("updates", hasSize(4));
        given().get("/v1/updates?sort=relevance").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().get("/v1/updates?q=vrelgrad&sort=oldest").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }
}
