package io.liveline.enrich.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores the topic sets written for issue 16: {@code topic-set.jsonl} (127 posts, tuned on) and
 * {@code topic-heldaside-set.jsonl} (50 posts, written before any tuning and never tuned on).
 */
class TopicSetScoreTest {

    @Test
    void tuningPostsMeetTargets() throws URISyntaxException {
        check("/tagger/topic-set.jsonl");
    }

    @Test
    void heldAsidePostsMeetTargets() throws URISyntaxException {
        check("/tagger/topic-heldaside-set.jsonl");
    }

    private void check(String resource) throws URISyntaxException {
        Path file = Path.of(getClass().getResource(resource).toURI());
        Tagger tagger = Tagger.fromClasspath();
        List<GoldSet.Post> posts = GoldSet.read(file);
        GoldSet.writePredictions(tagger, posts,
                Path.of("target", file.getFileName().toString().replace(".jsonl", "-predictions.jsonl")));
        Map<String, GoldSet.Tally> t = GoldSet.score(tagger, KnowledgeBaseLoader.load(), posts);
        assertThat(t.get("topics").f1()).as("topics F1").isGreaterThanOrEqualTo(0.8);
    }
}
