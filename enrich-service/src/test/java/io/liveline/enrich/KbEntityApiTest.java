package io.liveline.enrich;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.events.EventJson;
import io.liveline.events.KbEntity;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The knowledge base's editor API over the real devstack broker. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class KbEntityApiTest {

    private static final String EDITOR = "Bearer test-editor-key";
    private static final String TEXT = "Mirela Quintanar-Obi, the port's new harbour master, spoke to Dockside Rowing Club.";

    @Test
    void anEntityPutTagsTheNextUpdateAndIsReadSearchedAndRetired() throws Exception {
        put("mirela-quintanar-obi", Map.of("type", "person", "name", "Mirela Quintanar-Obi",
                "aliases", List.of("Mirela Obi"), "country", "GB"))
                .statusCode(201).header("Location", endsWith("/v1/kb/entities/mirela-quintanar-obi"))
                .body("name", equalTo("Mirela Quintanar-Obi"));
        // Answered only once durable on the topic and applied here: the very next update sees it.
        assertThat(people(TEXT)).contains("Mirela Quintanar-Obi");
        List<ConsumerRecord<String, byte[]>> records = Topics.readAllCommitted(io.liveline.events.Topics.KB);
        ConsumerRecord<String, byte[]> last = records.stream().filter(r -> r.key().equals("mirela-quintanar-obi"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(EventJson.mapper().readValue(last.value(), KbEntity.class).aliases()).containsExactly("Mirela Obi");

        given().get("/v1/kb/entities/mirela-quintanar-obi").then().statusCode(200)
                .body("type", equalTo("person")).body("aliases", hasItem("Mirela Obi"));
        given().queryParam("q", "mirela ob").queryParam("type", "person").get("/v1/kb/entities").then()
                .statusCode(200).body("entities.id", hasItem("mirela-quintanar-obi"));

        put("mirela-quintanar-obi", Map.of("type", "person", "name", "Mirela Quintanar-Obi", "wikidata", "Q99999991"))
                .statusCode(200).body("wikidata", equalTo("Q99999991"));
        assertThat(given().contentType(ContentType.JSON).body(Map.of("body", TEXT)).post("/v1/enrich").then()
                .extract().jsonPath().getString("tags.people.find { it.name == 'Mirela Quintanar-Obi' }.wikidata"))
                .isEqualTo("Q99999991");

        given().header("Authorization", EDITOR).delete("/v1/kb/entities/mirela-quintanar-obi").then().statusCode(204);
        given().get("/v1/kb/entities/mirela-quintanar-obi").then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(people(TEXT)).doesNotContain("Mirela Quintanar-Obi");
    }

    @Test
    void writesNeedAKeyWithTheEditingScope() {
        Map<String, Object> body = Map.of("type", "organisation", "name", "Dockside Rowing Club");
        given().contentType(ContentType.JSON).body(body).put("/v1/kb/entities/dockside-rowing-club").then()
                .statusCode(401).header("WWW-Authenticate", "Bearer").contentType("application/problem+json");
        given().header("Authorization", "Bearer not-a-key").contentType(ContentType.JSON).body(body)
                .put("/v1/kb/entities/dockside-rowing-club").then().statusCode(401);
        given().header("Authorization", "Bearer test-newsroom-key").contentType(ContentType.JSON).body(body)
                .put("/v1/kb/entities/dockside-rowing-club").then().statusCode(403)
                .body("type", endsWith("/forbidden-kb"));
        given().header("Authorization", "Bearer test-newsroom-key").delete("/v1/kb/entities/Q22686").then().statusCode(403);
        given().get("/v1/kb/entities/dockside-rowing-club").then().statusCode(404);
        given().get("/v1/kb/entities/Q22686").then().statusCode(200).body("name", equalTo("Donald Trump"));
    }

    @Test
    void badEntitiesAreRefusedNamingTheField() {
        invalid("Q12x", Map.of("type", "person", "name", "Someone Else"), "id");
        invalid("someone-else", Map.of("type", "person", "name", "Someone Else", "wikidata", "Q0123"), "wikidata");
        invalid("someone-else", Map.of("type", "person", "name", "Someone Else", "wikidata", "12345"), "wikidata");
        invalid("someone-else", Map.of("type", "ship", "name", "Someone Else"), "type");
        invalid("someone-else", Map.of("type", "person", "name", "  "), "name");
        invalid("someone-else", Map.of("type", "person"), "name");
        invalid("someone-else", Map.of("type", "person", "name", "Someone Else",
                "aliases", Collections.nCopies(10_000, "Someone")), "aliases");
        invalid("someone-else", Map.of("type", "place", "name", "Someone Else"), "country");
        invalid("someone-else", Map.of("type", "person", "name", "Someone Else", "flags", List.of("city")), "flags/0");
        given().header("Authorization", EDITOR).contentType(ContentType.JSON).body("{\"type\": \"person\", ")
                .put("/v1/kb/entities/someone-else").then().statusCode(400).body("errors[0].field", equalTo(""));

        put("someone-else", Map.of("type", "person", "name", "Someone Else", "aliases", List.of("Donald Trump")))
                .statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("aliases/0"))
                .body("errors[0].message", containsString("Q22686"))
                .body("detail", containsString("Q22686"));
        given().get("/v1/kb/entities/someone-else").then().statusCode(404);
    }

    private static void invalid(String id, Map<String, Object> body, String field) {
        put(id, body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private static ValidatableResponse put(String id, Map<String, Object> body) {
        return given().header("Authorization", EDITOR).contentType(ContentType.JSON).body(body)
                .put("/v1/kb/entities/" + id).then();
    }

    private static List<String> people(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("body", text))
                .post("/v1/enrich").then().statusCode(200).extract().jsonPath().getList("tags.people.name");
    }
}
