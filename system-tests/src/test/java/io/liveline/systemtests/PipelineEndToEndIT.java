package io.liveline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.liveline.devstack.ServiceProcess;
import io.liveline.devstack.SseClient;
import io.liveline.events.EventJson;
import io.liveline.systemtests.LiveBlogScript.Post;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The three packaged services as separate processes on a real Kafka broker and a real PostgreSQL:
 * what a newsroom posts reaches the apps following each live blog, tagged, exactly once, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndIT {

    // Only its hash is given to ingest-service, as in production.
    private static final String KEY = "system-test-key";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Pipeline pipeline;
    private static ServiceProcess ingest;
    private static ServiceProcess feed;

    @BeforeAll
    static void startPipeline() throws Exception {
        pipeline = Pipeline.start(KEY, "election-*|coastal-*|harbour-*", Map.of(), "");
        ingest = pipeline.ingest();
        feed = pipeline.feed();
    }

    @AfterAll
    static void stopPipeline() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    @Order(1)
    void everyPostArrivesOnItsLiveblogStreamOnceInOrderWithTagsAndRestAgrees() throws Exception {
        Map<String, List<Post>> byBlog = LiveBlogScript.POSTS.stream()
                .collect(Collectors.groupingBy(Post::liveblogId, Collectors.toList()));
        Map<String, SseClient> streams = new HashMap<>();
        for (String blog : byBlog.keySet()) {
            streams.put(blog, SseClient.connect(feed.url() + "/v1/liveblogs/" + blog + "/events", null));
        }
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> streams.values().stream().allMatch(s -> s.status() == 200));
            for (Post post : LiveBlogScript.POSTS) {
                HttpResponse<String> answer = postUpdate(post.liveblogId(), json(post), "application/json", KEY);
                assertThat(answer.statusCode()).as("post %s: %s", post.id(), answer.body()).isEqualTo(202);
                assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/" + post.id()));
            }

            for (var entry : byBlog.entrySet()) {
                SseClient stream = streams.get(entry.getKey());
                List<Post> expected = entry.getValue();
                await().atMost(Duration.ofSeconds(60)).until(() -> stream.events().size() >= expected.size());
                List<SseClient.Event> events = stream.events();
                assertThat(events).hasSize(expected.size());
                assertThat(events).extracting(SseClient.Event::name).containsOnly("update");
                assertThat(events).extracting(e -> Long.parseLong(e.id())).isSorted().doesNotHaveDuplicates();
                List<JsonNode> updates = events.stream().map(e -> parse(e.data())).toList();
                assertThat(updates).extracting(u -> u.path("id").asText())
                        .containsExactlyElementsOf(expected.stream().map(Post::id).toList());
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(codes(updates.get(i).path("tags").path("countries")))
                            .as("countries of %s", expected.get(i).id()).contains(expected.get(i).country());
                }

                JsonNode page = parse(get(feed.url() + "/v1/liveblogs/" + entry.getKey() + "/updates?limit=100").body());
                List<JsonNode> rest = StreamSupport.stream(page.path("updates").spliterator(), false).toList();
                assertThat(rest).extracting(u -> u.path("id").asText())
                        .containsExactlyElementsOf(reversed(expected.stream().map(Post::id).toList()));
                // REST and SSE carry the same update, byte for byte once parsed.
                assertThat(reversed(rest)).containsExactlyElementsOf(updates);
            }
        } finally {
            streams.values().forEach(SseClient::close);
        }
    }

    @Test
    @Order(2)
    void badRequestsGetProblemsAndNothingIsPublished() throws Exception {
        String blog = LiveBlogScript.ELECTION;
        int before = parse(get(feed.url() + "/v1/liveblogs/" + blog + "/updates?limit=100").body()).path("updates").size();

        assertProblem(postUpdate(blog, "{\"headline\": \"no body\"}", "application/json", KEY), 400);
        assertProblem(postUpdate(blog, "{\"body\": \"<p>unterminated", "application/json", KEY), 400);
        assertProblem(postUpdate("Election Night!", "{\"body\": \"<p>x</p>\"}", "application/json", KEY), 400);
        assertProblem(postUpdate(blog, "{\"body\": \"<p>x</p>\"}", "application/json", null), 401);
        assertProblem(postUpdate(blog, "{\"body\": \"<p>x</p>\"}", "application/json", "not-a-key"), 401);
        assertProblem(postUpdate("other-blog", "{\"body\": \"<p>x</p>\"}", "application/json", KEY), 403);

        // Give a wrongly published record time to travel the whole pipeline before counting.
        try (SseClient all = SseClient.connect(feed.url() + "/v1/events", null)) {
            await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(7)).until(() -> all.events().isEmpty());
        }
        int after = parse(get(feed.url() + "/v1/liveblogs/" + blog + "/updates?limit=100").body()).path("updates").size();
        assertThat(after).isEqualTo(before);
        assertThat(get(feed.url() + "/v1/liveblogs/other-blog/updates").body()).contains("\"updates\":[]");
    }

    @Test
    @Order(3)
    void anEditorsTagCorrectionSurvivesAnEditOfTheUpdate() throws Exception {
        String blog = "harbour-corrections";
        try (SseClient stream = SseClient.connect(feed.url() + "/v1/liveblogs/" + blog + "/events", null)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> stream.status() == 200);
            assertThat(postUpdate(blog, "{\"id\": \"c1\", \"body\": \"<p>Dock workers in Scotland walked out.</p>\"}",
                    "application/json", KEY).statusCode()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(60)).until(() -> stream.events().size() == 1);
            assertThat(codes(parse(stream.events().get(0).data()).path("tags").path("countries"))).contains("GB");

            HttpResponse<String> corrected = send("PATCH", blog, "c1/tags", """
                    {"add": {"people": [{"name": "Ada Okafor", "kbId": "ada-okafor"}]}, "remove": {"countries": [{"code": "GB"}]}}""");
            assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(60)).until(() -> stream.events().size() == 2);
            HttpResponse<String> edited = send("PUT", blog, "c1", "{\"body\": \"<p>Dock workers in Scotland walked out again.</p>\"}");
            assertThat(edited.statusCode()).as(edited.body()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(60)).until(() -> stream.events().size() == 3);

            for (SseClient.Event event : stream.events().subList(1, 3)) {
                JsonNode update = parse(event.data());
                assertThat(codes(update.path("tags").path("countries"))).as(event.data()).doesNotContain("GB");
                assertThat(update.path("tags").path("people").findValuesAsText("name")).as(event.data()).contains("Ada Okafor");
                assertThat(update.path("tags").path("people").findValuesAsText("source")).containsExactly("editor");
            }
            assertThat(parse(stream.events().get(2).data()).path("body").asText()).contains("again");
            JsonNode byKbId = parse(get(feed.url() + "/v1/liveblogs/" + blog + "/updates?person=ada-okafor").body());
            assertThat(byKbId.path("updates").findValuesAsText("id")).containsExactly("c1");
        }
    }

    private static HttpResponse<String> send(String method, String blog, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ingest.url() + "/v1/liveblogs/" + blog + "/updates/" + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + KEY)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(4)
    void aLiveblogsMetadataReachesItsReadersAndAnEndedBlogRefusesUpdatesUntilReopened() throws Exception {
        String blog = "harbour-liveblog-state";
        try (SseClient stream = SseClient.connect(feed.url() + "/v1/liveblogs/" + blog + "/events", null)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> stream.status() == 200);
            assertThat(putLiveblog(blog, "{\"title\": \"Harbour strike\", \"description\": \"Dockers walk out.\", \"state\": \"live\"}")
                    .statusCode()).isEqualTo(202);
            assertThat(postUpdate(blog, "{\"id\": \"walkout\", \"body\": \"<p>Cranes stand still.</p>\"}", "application/json", KEY)
                    .statusCode()).isEqualTo(202);
            HttpResponse<String> ended = putLiveblog(blog, "{\"title\": \"Harbour strike\", \"state\": \"ended\"}");
            assertThat(ended.statusCode()).isEqualTo(202);
            HttpResponse<String> refused = postUpdate(blog, "{\"body\": \"<p>Late news.</p>\"}", "application/json", KEY);
            assertProblem(refused, 409);
            assertThat(parse(refused.body()).path("type").asText()).isEqualTo("https://liveline.io/problems/liveblog-ended");

            // The stream carries the feed's state: a change overtaken before the tail read it is not sent.
            await().atMost(Duration.ofSeconds(60)).until(() -> stream.events().stream()
                    .anyMatch(e -> e.name().equals("liveblog") && parse(e.data()).path("state").asText().equals("ended")));
            await().atMost(Duration.ofSeconds(20)).until(() -> stream.events().stream().anyMatch(e -> e.name().equals("update")));
            JsonNode shown = parse(get(feed.url() + "/v1/liveblogs/" + blog).body());
            assertThat(shown.path("title").asText()).isEqualTo("Harbour strike");
            assertThat(shown.path("state").asText()).isEqualTo("ended");
            assertThat(shown.path("closedAt").asText()).isEqualTo(parse(ended.body()).path("closedAt").asText());
            assertThat(shown.path("updates").asInt()).isEqualTo(1);

            assertThat(putLiveblog(blog, "{\"title\": \"Harbour strike\", \"state\": \"live\"}").statusCode()).isEqualTo(202);
            assertThat(postUpdate(blog, "{\"body\": \"<p>Talks resume.</p>\"}", "application/json", KEY).statusCode()).isEqualTo(202);
        }
    }

    private static HttpResponse<String> putLiveblog(String blog, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ingest.url() + "/v1/liveblogs/" + blog))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + KEY)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(parse(answer.body()).path("type").asText()).startsWith("https://liveline.io/problems/");
    }

    private static HttpResponse<String> postUpdate(String blog, String body, String type, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ingest.url() + "/v1/liveblogs/" + blog.replace(" ", "%20") + "/updates"))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String json(Post post) {
        var node = EventJson.mapper().createObjectNode().put("id", post.id()).put("body", post.body());
        if (post.headline() != null) {
            node.put("headline", post.headline());
        }
        return node.toString();
    }

    private static JsonNode parse(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static List<String> codes(JsonNode countries) {
        return StreamSupport.stream(countries.spliterator(), false).map(c -> c.path("code").asText()).toList();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
