package io.liveline.enrich;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.events.CloudEvent;
import io.liveline.events.EventSerializer;
import io.liveline.events.LiveUpdate;
import io.liveline.events.TraceParent;
import io.liveline.events.UpdateAction;
import io.liveline.events.UpdateKind;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** Names the knowledge base lacks, counted from the enriched topic of the real devstack broker. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class KbSuggestionsTest {

    @Test
    void unknownNamesAreCountedPerBlogMostFrequentFirstWithASentence() {
        String blog = "suggest-" + Long.toString(System.nanoTime(), 36);
        sendRaw(blog, "s1", "Fire chief Marta Pellingham said crews had contained the blaze. Donald Trump was not there.");
        sendRaw(blog, "s2", "Regional fire chief Marta Pellingham said two villages were evacuated.");
        sendRaw(blog, "s3", "Harbour master Anna Brenkworth closed the port.");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("liveblogId", blog)
                .get("/v1/kb/suggestions").then().statusCode(200)
                .body("suggestions[0].name", equalTo("Marta Pellingham"))
                .body("suggestions[0].count", equalTo(2))
                .body("suggestions[0].type", equalTo("person"))
                .body("suggestions[0].example", containsString("Marta Pellingham said"))
                .body("suggestions[1].name", equalTo("Anna Brenkworth"))
                .body("suggestions.name", not(hasItem("Donald Trump"))));
    }

    @Test
    void badParametersNameTheField() {
        given().queryParam("liveblogId", "Not A Blog").get("/v1/kb/suggestions").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("liveblogId"));
        given().queryParam("since", "yesterday").get("/v1/kb/suggestions").then().statusCode(400)
                .body("errors[0].field", equalTo("since"));
    }

    private static void sendRaw(String blog, String id, String text) {
        Instant now = Instant.now();
        LiveUpdate update = new LiveUpdate(blog, id, 1, UpdateAction.PUBLISH, UpdateKind.POST, null, "<p>" + text + "</p>",
                text, false, List.of(), now, now);
        RecordHeaders headers = new RecordHeaders();
        CloudEvent.forRaw(update, "/suggestions-test", TraceParent.newRoot()).writeTo(headers);
        Topics.send(io.liveline.events.Topics.RAW, blog, new EventSerializer<LiveUpdate>().serialize("raw", update), headers);
    }
}
