package io.liveline.enrich;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.liveline.devstack.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Names the knowledge base lacks, counted from the enriched topic of the real devstack broker. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class KbSuggestionsTest {

    @Test
    void unknownNamesAreCountedPerBlogMostFrequentFirstWithASentence() {
        String blog = "suggest-" + Long.toString(System.nanoTime(), 36);
        Topics.sendRaw(blog, "s1", "Fire chief Marta Pellingham said crews had contained the blaze. Donald Trump was not there.");
        Topics.sendRaw(blog, "s2", "Regional fire chief Marta Pellingham said two villages were evacuated.");
        Topics.sendRaw(blog, "s3", "Harbour master Anna Brenkworth closed the port.");

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

}
