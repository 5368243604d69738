package io.liveline.enrich;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.liveline.devstack.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Importing a small file of Wikidata items (written for this test) over the real devstack broker. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class KbImportTest {

    @Test
    void eachLineIsStoredOrRefusedOnItsOwnAndStoredItemsTagAtOnce() throws IOException {
        // RestAssured would escape the colon of "entities:import".
        JsonPath result = given().urlEncodingEnabled(false).header("Authorization", "Bearer test-editor-key").contentType("application/x-ndjson")
                .body(file("kb-import/items.ndjson")).post("/v1/kb/entities:import")
                .then().statusCode(200).extract().jsonPath();

        assertThat(result.getInt("imported")).isEqualTo(3);
        assertThat(result.getInt("rejected")).isEqualTo(5);
        assertThat(result.getList("lines.line", Integer.class)).containsExactly(1, 2, 3, 4, 5, 6, 8, 9);
        assertThat(result.getList("lines.status", Integer.class)).containsExactly(200, 200, 200, 400, 400, 400, 409, 400);
        assertThat(result.getList("lines[0].dropped", String.class)).containsExactly("Donald Trump");
        assertThat(result.getString("lines[3].errors[0].field")).isEqualTo("claims/P31");
        assertThat(result.getString("lines[4].errors[0].field")).isEqualTo("labels");
        assertThat(result.getString("lines[5].errors[0].field")).isEqualTo("");
        assertThat(result.getString("lines[6].errors[0].message")).contains("Q22686");
        assertThat(result.getString("lines[7].errors[0].field")).isEqualTo("id");

        given().get("/v1/kb/entities/Q990000101").then().statusCode(200)
                .body("type", equalTo("person")).body("country", equalTo("UA")).body("wikidata", equalTo("Q990000101"))
                .body("aliases", equalTo(List.of("O. Veremchuk-Dale")));
        given().get("/v1/kb/entities/Q990000102").then().statusCode(200)
                .body("type", equalTo("organisation")).body("country", equalTo("FR"));
        given().get("/v1/kb/entities/Q990000103").then().statusCode(200)
                .body("type", equalTo("place")).body("flags", hasItem("city"));
        given().get("/v1/kb/entities/Q990000108").then().statusCode(404);

        JsonPath tags = given().contentType(ContentType.JSON)
                .body(Map.of("body", "Oksana Veremchuk-Dale of the PQO spoke at a rally in Wrenfold Magna."))
                .post("/v1/enrich").then().statusCode(200).extract().jsonPath();
        assertThat(tags.getString("tags.people.find { it.name == 'Oksana Veremchuk-Dale' }.wikidata")).isEqualTo("Q990000101");
        assertThat(tags.getList("tags.organisations.name", String.class)).contains("Parti des Quais Ouverts");
        assertThat(tags.getList("tags.countries.code", String.class)).contains("GB");
    }

    @Test
    void anImportNeedsAnEditorKeyAndAtLeastOneItem() {
        given().urlEncodingEnabled(false).contentType("application/x-ndjson").body("{}\n".getBytes(UTF_8)).post("/v1/kb/entities:import").then().statusCode(401);
        given().urlEncodingEnabled(false).header("Authorization", "Bearer test-newsroom-key").contentType("application/x-ndjson").body("{}\n".getBytes(UTF_8))
                .post("/v1/kb/entities:import").then().statusCode(403);
        given().urlEncodingEnabled(false).header("Authorization", "Bearer test-editor-key").contentType("application/x-ndjson").body("\n\n".getBytes(UTF_8))
                .post("/v1/kb/entities:import").then().statusCode(400).contentType("application/problem+json");
    }

    private static byte[] file(String path) throws IOException {
        try (InputStream in = KbImportTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
