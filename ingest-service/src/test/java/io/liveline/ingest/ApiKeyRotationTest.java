package io.liveline.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.liveline.devstack.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Keys from a mounted secret file rotate without a restart. */
@QuarkusTest
@TestProfile(ApiKeyRotationTest.KeysFile.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class ApiKeyRotationTest {

    static final Path FILE = tempFile();
    private static final AtomicInteger VERSIONS = new AtomicInteger();

    /** Keys only from the file, checked every 200 ms. */
    public static class KeysFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liveline.ingest.api-keys-file", FILE.toString(),
                    "liveline.ingest.api-keys-reload-interval", "200ms");
        }
    }

    private static Path tempFile() {
        try {
            Path file = Files.createTempFile("liveline-keys", ".txt");
            Files.writeString(file, "# rotated by the test\n" + entry("rotation-key-1") + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String entry(String key) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "rotating:" + java.util.HexFormat.of().formatHex(digest) + ":rotate-*";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int post(String key) {
        return given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON)
                .body("{\"body\": \"<p>rotation</p>\"}").post("/v1/liveblogs/rotate-test/updates").then().extract().statusCode();
    }

    @Test
    void aNewKeyWorksAndTheOldOneStopsWithoutARestart() throws IOException {
        rewrite(entry("rotation-key-1") + "\n");
        await().atMost(Duration.ofSeconds(10)).until(() -> post("rotation-key-1") == 202);
        rewrite(entry("rotation-key-2") + "\n");
        await().atMost(Duration.ofSeconds(10)).until(() -> post("rotation-key-2") == 202);
        await().atMost(Duration.ofSeconds(10)).until(() -> post("rotation-key-1") == 401);
    }

    @Test
    void aBadLineIsDroppedWhileTheRestOfTheNewFileApplies() throws IOException {
        rewrite(entry("fail-closed-1") + "\n");
        await().atMost(Duration.ofSeconds(10)).until(() -> post("fail-closed-1") == 202);
        // The new file revokes key 1, adds key 2, and has a line that is no entry.
        rewrite("not-an-entry\n" + entry("fail-closed-2") + "\n");
        await().atMost(Duration.ofSeconds(10)).until(() -> post("fail-closed-2") == 202);
        assertThat(post("fail-closed-1")).isEqualTo(401);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("liveline_ingest_api_keys_file_errors_total{reason=\"bad-line\"} 1.0"));
    }

    /** Writes the file with a modification time unlike any before: some file systems keep whole seconds. */
    private static void rewrite(String content) throws IOException {
        Files.writeString(FILE, content);
        Files.setLastModifiedTime(FILE, FileTime.from(Instant.now().plusSeconds(10L * VERSIONS.incrementAndGet())));
    }
}
