package io.liveline.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.devstack.PostgresTestResource;
import io.liveline.devstack.SseClient;
import io.liveline.events.EventJson;
import io.liveline.events.TagCorrection;
import io.liveline.events.TagSet;
import io.liveline.events.TagSet.CountryTag;
import io.liveline.events.TagSet.OrganisationTag;
import io.liveline.events.TagSet.PersonTag;
import io.liveline.events.TagSet.TopicTag;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Editors' tag corrections over the real broker and database: applied to the stored update as a new
 * change, kept across later versions tagged afresh, kept for an update that has not come yet, and
 * no way back for a retracted update.
 */
@QuarkusTest
@TestProfile(FeedTestProfile.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class TagCorrectionFeedTest {

    private static final Instant AT = Instant.parse("2026-11-25T09:00:00Z");

    @TestHTTPResource("/")
    URL base;

    /** What the tagger makes of "Jordan scored twice as Chicago beat Boston": the country Jordan. */
    private static TagSet jordanTheCountry(String extraPerson) {
        return new TagSet(List.of(new PersonTag(extraPerson, null, 1)), List.of(new CountryTag("JO", "Jordan", "Q810")),
                List.of(), List.of(new TopicTag("medtop:15000000", "sport", 0.8)));
    }

    private static TagCorrection correction(String blog, String id, long version, TagSet add, TagSet remove) {
        return new TagCorrection(blog, id, version, add, remove, AT);
    }

    private static final TagSet ADD_JORDAN = new TagSet(List.of(new PersonTag("Michael Jordan", "Q41421", "Q41421", 0, null)),
            List.of(), List.of(new OrganisationTag("Chicago Bulls", "Q128109", "chicago-bulls", null)), List.of());
    private static final TagSet REMOVE_JO = new TagSet(List.of(), List.of(new CountryTag("JO", null)), List.of(), List.of());

    @Test
    void aCorrectionIsANewUpdateEventAndSticksAcrossAnEdit() {
        String blog = "corr-sticks";
        EnrichedTopic.send(EnrichedTopic.update(blog, "nba", 10, "<p>Jordan scored twice.</p>", jordanTheCountry("Scottie Pippen")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/v1/liveblogs/" + blog + "/updates/nba").then().statusCode(200));
        try (SseClient live = SseClient.connect(base + "v1/liveblogs/" + blog + "/events", null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> live.status() == 200);
            EnrichedTopic.send(correction(blog, "nba", 11, ADD_JORDAN, REMOVE_JO));

            await().atMost(Duration.ofSeconds(20)).until(() -> !live.events().isEmpty());
            SseClient.Event event = live.events().get(0);
            assertThat(event.name()).isEqualTo("update");
            assertThat(Long.parseLong(event.id())).isPositive();
            var json = io.restassured.path.json.JsonPath.from(event.data());
            assertThat(json.getLong("version")).isEqualTo(11);
            assertThat(json.getList("tags.countries")).isEmpty();
            assertThat(json.getList("tags.people.name", String.class)).containsExactly("Scottie Pippen", "Michael Jordan");
            assertThat(json.getString("tags.people[1].source")).isEqualTo("editor");
            assertThat(json.getString("tags.people[0].source")).isNull();
            assertThat(json.getString("tags.organisations[0].kbId")).isEqualTo("chicago-bulls");

            // An edit, tagged again from scratch: the tagger finds Jordan the country again and knows
            // nothing of the editor; the correction still wins.
            EnrichedTopic.send(EnrichedTopic.update(blog, "nba", 12, "<p>Jordan scored three times.</p>",
                    jordanTheCountry("Dennis Rodman")));
            await().atMost(Duration.ofSeconds(20)).until(() -> live.events().size() == 2);
            assertThat(Long.parseLong(live.events().get(1).id())).isGreaterThan(Long.parseLong(event.id()));
        }
        given().get("/v1/liveblogs/" + blog + "/updates/nba").then().statusCode(200)
                .body("version", equalTo(12))
                .body("body", equalTo("<p>Jordan scored three times.</p>"))
                .body("tags.countries", empty())
                .body("tags.people.name", contains("Dennis Rodman", "Michael Jordan"))
                .body("tags.people[1].source", equalTo("editor"))
                .body("tags.organisations.name", contains("Chicago Bulls"))
                .body("tags.topics.code", contains("medtop:15000000"));
        given().get("/v1/liveblogs/" + blog + "/updates?country=JO").then().statusCode(200).body("updates", empty());
        given().get("/v1/liveblogs/" + blog + "/updates?person=Q41421").then().statusCode(200)
                .body("updates.id", contains("nba"));
        given().accept("application/vnd.iptc.ninjs+json").get("/v1/liveblogs/" + blog + "/updates/nba").then().statusCode(200)
                .body("people.literal", hasItem("Q41421"));
    }

    @Test
    void laterCorrectionsAccumulateAndAnAddUndoesAnEarlierRemoval() {
        String blog = "corr-accumulate";
        EnrichedTopic.send(EnrichedTopic.update(blog, "u", 10, "<p>Jordan scored.</p>", jordanTheCountry("Scottie Pippen")));
        EnrichedTopic.send(correction(blog, "u", 11, TagSet.EMPTY, REMOVE_JO));
        EnrichedTopic.send(correction(blog, "u", 12, ADD_JORDAN,
                new TagSet(List.of(new PersonTag("Scottie Pippen", null, 0)), List.of(), List.of(), List.of())));
        EnrichedTopic.send(correction(blog, "u", 13, new TagSet(List.of(), List.of(new CountryTag("JO", "Jordan", "Q810", null)),
                List.of(), List.of()), TagSet.EMPTY));
        // A redelivered older correction changes nothing.
        EnrichedTopic.send(correction(blog, "u", 11, TagSet.EMPTY, REMOVE_JO));
        EnrichedTopic.send(EnrichedTopic.update(blog, "marker", 14, "<p>after</p>", TagSet.EMPTY));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/v1/liveblogs/" + blog + "/updates/marker").then().statusCode(200));
        given().get("/v1/liveblogs/" + blog + "/updates/u").then().statusCode(200)
                .body("version", equalTo(13))
                .body("tags.people.name", contains("Michael Jordan"))
                .body("tags.countries.code", contains("JO"))
                .body("tags.countries[0].source", equalTo("editor"));
    }

    @Test
    void aCorrectionBeforeItsUpdateIsKeptAndAppliedWhenTheUpdateComes() {
        String blog = "corr-early";
        EnrichedTopic.send(correction(blog, "early", 5, ADD_JORDAN, REMOVE_JO));
        EnrichedTopic.send(EnrichedTopic.update(blog, "marker", 6, "<p>marker</p>", TagSet.EMPTY));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/v1/liveblogs/" + blog + "/updates/marker").then().statusCode(200));
        given().get("/v1/liveblogs/" + blog + "/updates/early").then().statusCode(404);

        EnrichedTopic.send(EnrichedTopic.update(blog, "early", 7, "<p>Jordan scored.</p>", jordanTheCountry("Scottie Pippen")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/v1/liveblogs/" + blog + "/updates/early").then().statusCode(200)
                        .body("version", equalTo(7))
                        .body("tags.countries", empty())
                        .body("tags.people.name", contains("Scottie Pippen", "Michael Jordan")));
    }

    @Test
    void aCorrectionDoesNotBringBackARetractedUpdate() {
        String blog = "corr-retracted";
        EnrichedTopic.send(EnrichedTopic.update(blog, "gone", 1, "<p>Jordan scored.</p>", jordanTheCountry("Scottie Pippen")),
                EnrichedTopic.retraction(blog, "gone", 2));
        try (SseClient live = SseClient.connect(base + "v1/liveblogs/" + blog + "/events", null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> live.status() == 200);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().get("/v1/liveblogs/" + blog + "/updates/gone").then().statusCode(410));
            int before = live.events().size();
            EnrichedTopic.send(correction(blog, "gone", 3, ADD_JORDAN, REMOVE_JO));
            EnrichedTopic.send(EnrichedTopic.update(blog, "marker", 4, "<p>after</p>", TagSet.EMPTY));
            await().atMost(Duration.ofSeconds(20)).until(() -> live.events().stream()
                    .anyMatch(e -> e.data().contains("\"id\":\"marker\"")));
            assertThat(live.events().subList(before, live.events().size())).extracting(SseClient.Event::data)
                    .noneMatch(data -> data.contains("\"id\":\"gone\""));
        }
        given().get("/v1/liveblogs/" + blog + "/updates/gone").then().statusCode(410);
        given().get("/v1/liveblogs/" + blog + "/updates").then().statusCode(200).body("updates.id", not(hasItem("gone")));
    }

    @Test
    void anUnreadableCorrectionGoesToTheDlqAndTheRestIsStored() {
        String blog = "corr-poison";
        TagCorrection good = correction(blog, "p", 3, ADD_JORDAN, TagSet.EMPTY);
        EnrichedTopic.send(EnrichedTopic.update(blog, "p", 2, "<p>Jordan scored.</p>", jordanTheCountry("Scottie Pippen")));
        EnrichedTopic.sendCorrectionBytes(blog, EventJson.write(good).replace("\"version\":3", "\"version\":-3"));
        EnrichedTopic.send(good);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/v1/liveblogs/" + blog + "/updates/p").then().statusCode(200)
                        .body("tags.people.name", hasItem("Michael Jordan")));
        assertThat(EnrichedTopic.deadLetters(blog, Duration.ofSeconds(10))).singleElement()
                .satisfies(dead -> assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value()))
                        .contains("TagCorrection"));
    }

    @Test
    void peopleAndOrganisationsAreFoundByKbIdAndQidOnPagesAndStreams() {
        String blog = "corr-kb-ids";
        TagSet tags = new TagSet(List.of(new PersonTag("Ada Okafor", null, "ada-okafor", 1, null)), List.of(),
                List.of(new OrganisationTag("Harbour Board", "Q4000002", "Q4000002", null)), List.of());
        try (SseClient byKbId = SseClient.connect(base + "v1/liveblogs/" + blog + "/events?person=ada-okafor", null);
                SseClient byQid = SseClient.connect(base + "v1/events?organisation=Q4000002", null);
                SseClient other = SseClient.connect(base + "v1/events?person=someone-else", null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> byKbId.status() == 200 && byQid.status() == 200
                    && other.status() == 200);
            EnrichedTopic.send(EnrichedTopic.update(blog, "k1", 1, "<p>Okafor spoke.</p>", tags),
                    EnrichedTopic.update(blog, "k2", 2, "<p>Nobody.</p>", TagSet.EMPTY));
            await().atMost(Duration.ofSeconds(20)).until(() -> !byKbId.events().isEmpty() && !byQid.events().isEmpty());
            assertThat(byKbId.events()).extracting(SseClient.Event::data).allMatch(d -> d.contains("\"id\":\"k1\""));
            assertThat(byQid.events()).extracting(SseClient.Event::data).anyMatch(d -> d.contains("\"id\":\"k1\""))
                    .noneMatch(d -> d.contains("\"id\":\"k2\""));
            assertThat(other.events()).extracting(SseClient.Event::data).noneMatch(d -> d.contains("\"id\":\"k1\""));
        }
        given().get("/v1/liveblogs/" + blog + "/updates?person=ada-okafor").then().statusCode(200).body("updates.id", contains("k1"));
        given().get("/v1/liveblogs/" + blog + "/updates?person=Ada Okafor").then().statusCode(200).body("updates.id", contains("k1"));
        given().get("/v1/liveblogs/" + blog + "/updates?organisation=Q4000002").then().statusCode(200)
                .body("updates.id", contains("k1"));
        given().get("/v1/liveblogs/" + blog + "/updates?person=ada-okafor-2").then().statusCode(200).body("updates", empty());
    }
}
