package io.liveline.ingest;

import static io.restassured.RestAssured.given;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Authenticated requests as the test newsroom system sends them. */
final class Requests {

    static final String KEY = "Bearer test-newsroom-key";

    private Requests() {
    }

    // RestAssured sends a String body for an unknown content type only when told it is text.
    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
            .encodeContentTypeAs("application/x-ndjson", ContentType.TEXT)
            .encodeContentTypeAs("application/vnd.iptc.ninjs+json", ContentType.JSON));

    static RequestSpecification newsroom() {
        return given().config(CONFIG).header("Authorization", KEY);
    }
}
