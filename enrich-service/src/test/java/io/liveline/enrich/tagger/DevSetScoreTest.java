package io.liveline.enrich.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scores the tagger on the shared dev set (shared/eval/dev-seed.jsonl) and holds it to its targets. */
class DevSetScoreTest {

    @Test
    void devSetMeetsTargets() {
        Path dev = GoldSet.findUp("shared/eval/dev-seed.jsonl");
        assumeTrue(dev != null, "shared/eval/dev-seed.jsonl not found above the working directory");
        Tagger tagger = Tagger.fromClasspath();
        List<GoldSet.Post> posts = GoldSet.read(dev);
        // For the official scorer: python3 shared/eval/score.py shared/eval/dev-seed.jsonl <this file>
        GoldSet.writePredictions(tagger, posts, Path.of("target/dev-seed-predictions.jsonl"));
        Map<String, GoldSet.Tally> t = GoldSet.score(tagger, KnowledgeBaseLoader.load(), posts);
        assertThat(t.get("people").f1()).as("people F1").isGreaterThanOrEqualTo(0.95);
        assertThat(t.get("countries").f1()).as("countries F1").isGreaterThanOrEqualTo(0.95);
        assertThat(t.get("organisations").f1()).as("organisations F1").isGreaterThanOrEqualTo(0.95);
        assertThat(t.get("topics").f1()).as("topics F1").isGreaterThanOrEqualTo(0.8);
    }
}
