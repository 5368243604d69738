package io.liveline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.liveline.events.EventJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * "202 means kept", as a property over the packaged pipeline: whatever a client sends, ingest
 * answers 202 or 400 (never anything else, and a 400 names known fields), and every update it
 * answers 202 is in the feed's table as sent: headline, authors, date (to the microsecond),
 * kind, pinned and, for a body of plain words, its text. The inputs mix ordinary posts with what
 * broke the store before: U+0000, lone surrogates, control characters, dates far outside any
 * calendar a database keeps, and text of any characters at all.
 *
 * <p>Run over the real services rather than across ingest's mapping and the feed's storage in one
 * JVM: the bytes then take every step a post really takes (HTTP, the producer's serialiser, the
 * broker, the tagger, the feed's consumer and SQL), any of which could mangle a character. Each
 * accepted input is awaited in PostgreSQL, read directly, so scheduled posts count too.
 *
 * <p>Inputs come from a seeded generator, one dynamic test each, named with the seed and index;
 * {@code -Dliveline.property.seed=<seed>} replays a run.
 */
class AcceptedMeansStoredIT {

    private static final int TRIES = 150;
    private static final String API_KEY = "property-newsroom-key";
    private static final String BLOG = "property-live";
    private static final Set<String> FIELDS = Set.of("", "id", "headline", "body", "kind", "pinned", "author", "publishedAt");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    // What broke storage before, and other characters that test a text path's care.
    private static final String[] HOSTILE = {"\u0000", "\ud800", "\udfff", "\udc00\ud800", "\ud83d\udcf0", "\u2028", "\u202e",
            "e\u0301", "\ufffe", "\u0007", "\t", " ", "\\", "\""};

    private static Pipeline pipeline;

    @BeforeAll
    static void startPipeline() throws Exception {
        pipeline = Pipeline.start(API_KEY, "property-*", Map.of(), "-property");
    }

    @AfterAll
    static void stopPipeline() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    /** A request and what it asks to be stored; {@code null} fields are left out of the JSON. */
    record Candidate(String id, String headline, String bodyText, boolean plainBody, Object author, String publishedAt,
            String kind, Boolean pinned) {

        String json() {
            List<String> members = new ArrayList<>();
            member(members, "id", id == null ? null : quote(id));
            member(members, "headline", headline == null ? null : quote(headline));
            member(members, "body", quote("<p>" + bodyText + "</p>"));
            member(members, "author", author == null ? null : authorJson(author));
            member(members, "publishedAt", publishedAt == null ? null : quote(publishedAt));
            member(members, "kind", kind == null ? null : quote(kind));
            member(members, "pinned", pinned == null ? null : pinned.toString());
            return "{" + String.join(", ", members) + "}";
        }

        private static void member(List<String> members, String name, String json) {
            if (json != null) {
                members.add("\"" + name + "\": " + json);
            }
        }
    }

    record Author(String name, String role) {
    }

    @TestFactory
    Stream<DynamicTest> everyUpdateAnswered202IsStoredAsSentAndEveryOtherIs400() {
        long seed = Long.getLong("liveline.property.seed", System.nanoTime());
        Generator generate = new Generator(new Random(seed));
        return IntStream.range(0, TRIES).mapToObj(i -> {
            Candidate candidate = generate.candidate();
            return DynamicTest.dynamicTest("seed " + seed + " #" + i, () -> check(candidate));
        });
    }

    private static void check(Candidate candidate) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                        URI.create(pipeline.ingest().url() + "/v1/liveblogs/" + BLOG + "/updates"))
                .header("Authorization", "Bearer " + API_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(candidate.json())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("%s answered %s", candidate.json(), answer.body()).isIn(202, 400);
        JsonNode body = EventJson.mapper().readTree(answer.body());
        if (answer.statusCode() == 400) {
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(body.path("errors")).as(answer.body()).isNotEmpty();
            body.path("errors").forEach(error -> assertThat(FIELDS).as(answer.body()).contains(error.path("field").asText()));
            return;
        }
        String id = body.path("id").asText();
        long version = body.path("version").asLong();
        AtomicReference<Stored> stored = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            stored.set(stored(id));
            return stored.get() != null && stored.get().version() >= version;
        });
        Stored row = stored.get();
        String sent = candidate.json();
        assertThat(row.version()).as(sent).isEqualTo(version);
        String headline = candidate.headline() == null ? null : candidate.headline().strip();
        assertThat(row.headline()).as(sent).isEqualTo(headline);
        assertThat(row.authors()).as(sent).isEqualTo(expectedAuthors(candidate.author()));
        if (candidate.publishedAt() != null) {
            assertThat(row.publishedAt()).as(sent)
                    .isEqualTo(OffsetDateTime.parse(candidate.publishedAt()).toInstant().truncatedTo(ChronoUnit.MICROS));
        }
        assertThat(row.kind()).as(sent)
                .isEqualTo(candidate.kind() == null ? "post" : candidate.kind().trim().toLowerCase(Locale.ROOT).replace('_', '-'));
        assertThat(row.pinned()).as(sent).isEqualTo(Boolean.TRUE.equals(candidate.pinned()));
        if (candidate.plainBody()) {
            assertThat(row.bodyText()).as(sent).isEqualTo(headline == null ? candidate.bodyText() : headline + "\n" + candidate.bodyText());
        }
    }

    /** Random inputs, each part absent, ordinary or hostile in turn. */
    private record Generator(Random random) {

        Candidate candidate() {
            boolean plainBody = random.nextBoolean();
            return new Candidate(
                    maybe(0.3, () -> random.nextInt(3) > 0 ? "p" + chars(PLAIN + "._~-", 1, 40) : text()),
                    maybe(0.7, this::text),
                    plainBody ? words() : text(),
                    plainBody,
                    maybe(0.7, this::author),
                    maybe(0.7, this::date),
                    maybe(0.5, () -> random.nextInt(3) > 0 ? pick("post", "key-event", "breaking", "KEY_EVENT", " breaking ") : text()),
                    maybe(0.5, random::nextBoolean));
        }

        private Object author() {
            return switch (random.nextInt(3)) {
                case 0 -> text();
                case 1 -> new Author(text(), maybe(0.5, this::text));
                default -> IntStream.range(0, 1 + random.nextInt(3)).mapToObj(i -> (Object) text()).toList();
            };
        }

        /** Ordinary text, any UTF-16 units at all, or ordinary text around a hostile piece. */
        String text() {
            return switch (random.nextInt(3)) {
                case 0 -> chars(PLAIN + " ,.'-", 1, 30);
                case 1 -> {
                    StringBuilder any = new StringBuilder();
                    IntStream.range(0, random.nextInt(20)).forEach(i -> any.append((char) random.nextInt(Character.MAX_VALUE + 1)));
                    yield any.toString();
                }
                default -> chars(PLAIN + " ", 0, 10) + pick(HOSTILE) + chars(PLAIN + " ", 0, 10);
            };
        }

        private String words() {
            return String.join(" ", IntStream.range(0, 1 + random.nextInt(8)).mapToObj(i -> chars(PLAIN, 1, 12)).toList());
        }

        /** RFC 3339 from year -10000 to 100000 at any offset and precision, recent ones, edges, and non-dates. */
        private String date() {
            return switch (random.nextInt(4)) {
                case 0 -> OffsetDateTime.ofInstant(
                        Instant.ofEpochSecond(-377_705_116_800L + (long) (random.nextDouble() * 3_471_233_097_600L), random.nextInt(1_000_000_000)),
                        ZoneOffset.ofTotalSeconds((random.nextInt(36 * 60 + 1) - 18 * 60) * 60)).toString();
                case 1 -> Instant.now().minusSeconds(random.nextInt(5 * 365 * 86_400)).plusSeconds(random.nextInt(86_400)).toString();
                case 2 -> pick("+99999-01-01T00:00:00Z", "-5000-01-01T00:00:00Z", "1900-01-01T00:00:00Z", "1899-12-31T23:59:59Z",
                        "9999-12-31T23:59:59.999999Z", "9999-12-31T23:00:00-05:00", "2026-02-30T10:00:00Z", "yesterday");
                default -> text();
            };
        }

        private String chars(String alphabet, int min, int max) {
            StringBuilder text = new StringBuilder();
            IntStream.range(0, min + random.nextInt(max - min + 1)).forEach(i -> text.append(alphabet.charAt(random.nextInt(alphabet.length()))));
            return text.toString();
        }

        private String pick(String... choices) {
            return choices[random.nextInt(choices.length)];
        }

        private <T> T maybe(double present, Supplier<T> value) {
            return random.nextDouble() < present ? value.get() : null;
        }
    }

    private record Stored(long version, String headline, String bodyText, List<Author> authors, Instant publishedAt, String kind,
            boolean pinned) {
    }

    private static Stored stored(String id) throws Exception {
        try (Connection connection = DriverManager.getConnection(pipeline.postgres().jdbcUrl(), pipeline.postgres().user(),
                pipeline.postgres().password());
                PreparedStatement query = connection.prepareStatement("SELECT version, headline, body_text, authors::text, "
                        + "published_at, kind, pinned FROM live_update WHERE liveblog_id = ? AND update_id = ?")) {
            query.setString(1, BLOG);
            query.setString(2, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                List<Author> authors = new ArrayList<>();
                for (JsonNode author : EventJson.mapper().readTree(row.getString(4))) {
                    authors.add(new Author(author.path("name").asText(), author.path("role").isTextual() ? author.path("role").asText() : null));
                }
                return new Stored(row.getLong(1), row.getString(2), row.getString(3), authors,
                        row.getObject(5, OffsetDateTime.class).toInstant(), row.getString(6), row.getBoolean(7));
            }
        }
    }

    private static List<Author> expectedAuthors(Object author) {
        if (author == null) {
            return List.of();
        }
        List<?> items = author instanceof List<?> list ? list : List.of(author);
        return items.stream().map(item -> item instanceof Author a
                ? new Author(a.name().strip(), a.role() == null ? null : a.role().strip())
                : new Author(((String) item).strip(), null)).toList();
    }

    private static String authorJson(Object author) {
        if (author instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(AcceptedMeansStoredIT::authorJson).toList()) + "]";
        }
        if (author instanceof Author a) {
            return "{\"name\": " + quote(a.name()) + (a.role() == null ? "" : ", \"role\": " + quote(a.role())) + "}";
        }
        return quote((String) author);
    }

    /** A JSON string with every character outside printable ASCII escaped, lone surrogates too, as some clients send them. */
    private static String quote(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
