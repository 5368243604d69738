package io.liveline.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.devstack.PostgresTestResource;
import io.liveline.devstack.SseClient;
import io.liveline.events.TagSet;
import io.liveline.events.UpdateKind;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One entity across every live blog (GET /v1/updates?person=...), streamed live on GET /v1/events,
 * and the kind= and pinned= filters of pages. The made-up entities keep other tests' updates out.
 */
@QuarkusTest
@TestProfile(FeedTestProfile.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class EntityPagesTest {

    private static final Instant AT = Instant.parse("2026-11-25T12:00:00Z");
    private static final TagSet VARGA = new TagSet(List.of(new TagSet.PersonTag("Ines Varga-Holm", "Q99000001", 1)),
            List.of(new TagSet.CountryTag("TV", "Tuvalu")), List.of(new TagSet.OrganisationTag("Pacific Reef Council", "Q99000002")),
            List.of(new TagSet.TopicTag("medtop:06000000", "environment", 0.8)));

    @TestHTTPResource("/")
    URL base;

    private static boolean published;

    /* Before each rather than all: the application (and RestAssured's port) is up only then. */
    @BeforeEach
    void publishOnce() {
        if (published) {
            return;
        }
        published = true;
        EnrichedTopic.send(
                EnrichedTopic.post("entity-a", "v1", 1, null, "first", VARGA, UpdateKind.POST, false, AT.plusSeconds(1)),
                EnrichedTopic.post("entity-b", "v2", 2, null, "second", VARGA, UpdateKind.KEY_EVENT, true, AT.plusSeconds(2)),
                // the same time in two live blogs: the live blog's id breaks the tie
                EnrichedTopic.post("entity-a", "v3", 3, null, "third", VARGA, UpdateKind.KEY_EVENT, false, AT.plusSeconds(3)),
                EnrichedTopic.post("entity-b", "v3", 4, null, "third too", VARGA, UpdateKind.BREAKING, false, AT.plusSeconds(3)),
                EnrichedTopic.post("entity-a", "gone", 5, null, "retracted", VARGA, UpdateKind.POST, false, AT.plusSeconds(5)),
                EnrichedTopic.post("entity-b", "soon", 6, null, "scheduled", VARGA, UpdateKind.POST, false,
                        Instant.now().plusSeconds(86_400)),
                EnrichedTopic.post("entity-a", "other", 7, null, "untagged", TagSet.EMPTY, UpdateKind.KEY_EVENT, true, AT.plusSeconds(7)));
        EnrichedTopic.send(EnrichedTopic.retraction("entity-a", "gone", 8));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/v1/liveblogs/entity-a/updates/gone").then().statusCode(410));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/v1/liveblogs/entity-b/updates/v3").then().statusCode(200));
    }

    @Test
    void everyFilterFindsTheEntityAcrossLiveBlogsNewestFirst() {
        for (String filter : List.of("person=Q99000001", "person=Ines Varga-Holm", "organisation=Q99000002",
                "organisation=Pacific Reef Council", "country=TV", "topic=medtop:06000000")) {
            given().get("/v1/updates?" + filter).then().statusCode(200)
                    .body("updates.id", contains("v3", "v3", "v2", "v1"))
                    .body("updates.liveblogId", contains("entity-b", "entity-a", "entity-b", "entity-a"));
        }
        given().get("/v1/updates?country=TV&person=Q99000001&kind=key-event").then()
                .body("updates.id", contains("v3", "v2")).body("updates.liveblogId", contains("entity-a", "entity-b"));
    }

    @Test
    void cursorsWalkTheEntityPageOneByOneAcrossTheTie() {
        String next = null;
        List<String> seen = new java.util.ArrayList<>();
        do {
            var request = given().queryParam("person", "Q99000001").queryParam("limit", 1);
            if (next != null) {
                request.queryParam("before", next);
            }
            var page = request.get("/v1/updates").then().statusCode(200).extract();
            List<String> ids = page.path("updates.collect { it.liveblogId + '/' + it.id }");
            seen.addAll(ids);
            next = page.path("next");
        } while (next != null);
        assertThat(seen).containsExactly("entity-b/v3", "entity-a/v3", "entity-b/v2", "entity-a/v1");
    }

    @Test
    void kindAndPinnedMakeTheKeyEventsBox() {
        given().get("/v1/liveblogs/entity-a/updates?kind=key-event").then().statusCode(200).body("updates.id", contains("other", "v3"));
        given().get("/v1/liveblogs/entity-a/updates?pinned=true").then().body("updates.id", contains("other"));
        given().get("/v1/liveblogs/entity-a/updates?kind=key-event&pinned=false").then().body("updates.id", contains("v3"));
        given().get("/v1/liveblogs/entity-b/updates?kind=BREAKING").then().body("updates.id", contains("v3"));
        given().get("/v1/updates?pinned=true&person=Q99000001").then().body("updates.id", contains("v2"));
        given().get("/v1/liveblogs/entity-b/updates?kind=post").then().body("updates", empty());
    }

    @Test
    void theEventsStreamTakesTheSameFilters() {
        // A person of its own: the other tests count Varga-Holm's updates.
        TagSet okafor = new TagSet(List.of(new TagSet.PersonTag("Tomas Okafor-Lind", "Q99000003", 1)), List.of(), List.of(), List.of());
        try (SseClient stream = SseClient.connect(base + "v1/events?person=Q99000003", null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.status() == 200);
            EnrichedTopic.send(EnrichedTopic.post("entity-c", "untagged", 1, null, "no one", Instant.now()),
                    EnrichedTopic.post("entity-c", "tagged", 2, null, "Okafor-Lind", okafor, UpdateKind.POST, false, Instant.now()));
            await().atMost(Duration.ofSeconds(20)).until(() -> stream.events().size() == 1);
            assertThat(stream.events().get(0).data()).contains("\"id\":\"tagged\"").contains("\"liveblogId\":\"entity-c\"");
        }
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        String[][] cases = {{"kind=blog", "kind"}, {"pinned=yes", "pinned"}, {"limit=101", "limit"}, {"limit=many", "limit"},
            {"country=Tuvalu", "country"}, {"persn=Q1", "persn"}, {"before=bm90", "before"}, {"topic=environment", "topic"}};
        for (String[] bad : cases) {
            given().urlEncodingEnabled(false).get("/v1/updates?" + bad[0]).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(bad[1]));
        }
        String blogCursor = given().get("/v1/liveblogs/entity-a/updates?limit=1").then().extract().path("next");
        given().queryParam("before", blogCursor).queryParam("limit", 1).get("/v1/updates").then().statusCode(400)
                .body("errors[0].field", equalTo("before"));
        given().queryParam("before", blogCursor).queryParam("limit", 1).get("/v1/liveblogs/entity-b/updates").then()
                .statusCode(400).body("errors[0].field", equalTo("before"));
        given().queryParam("before", blogCursor).queryParam("limit", 1).get("/v1/liveblogs/entity-a/updates").then()
                .statusCode(200).body("updates.id", contains("v3")).body("next", org.hamcrest.Matchers.notNullValue());
        given().get("/v1/updates?person=Q99000001&limit=100").then().body("next", nullValue());
    }
}
