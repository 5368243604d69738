package io.liveline.enrich.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores the tagger on posts written for this project about other kinds of stories (elections,
 * sport, disasters, markets, courts), so that the dev set's single story is not all it is tuned on.
 * {@code heldout-set.jsonl} and then {@code blind-set.jsonl} were written after the tagger and
 * scored once before any change made for them (held-out: people 0.94, countries 0.95, organisations
 * 0.75, topics 0.75; blind: 1.00, 0.95, 0.89, 0.89); {@code fresh-set.jsonl} likewise, after the
 * per-live-blog memory (0.89, 1.00, 0.84, 0.80), then {@code second-set.jsonl} (1.00, 0.97, 1.00,
 * 0.88). They are kept as regression checks.
 */
class OwnSetScoreTest {

    @Test
    void ownPostsMeetTargets() throws URISyntaxException {
        check("/tagger/own-set.jsonl");
    }

    @Test
    void heldOutPostsMeetTargets() throws URISyntaxException {
        check("/tagger/heldout-set.jsonl");
    }

    @Test
    void blindPostsMeetTargets() throws URISyntaxException {
        check("/tagger/blind-set.jsonl");
    }

    @Test
    void freshPostsMeetTargets() throws URISyntaxException {
        check("/tagger/fresh-set.jsonl");
    }

    @Test
    void secondFreshPostsMeetTargets() throws URISyntaxException {
        check("/tagger/second-set.jsonl");
    }

    private void check(String resource) throws URISyntaxException {
        Map<String, GoldSet.Tally> t = GoldSet.scoreFile(Path.of(getClass().getResource(resource).toURI()));
        assertThat(t.get("people").f1()).as("people F1").isGreaterThanOrEqualTo(0.9);
        assertThat(t.get("countries").f1()).as("countries F1").isGreaterThanOrEqualTo(0.9);
        assertThat(t.get("organisations").f1()).as("organisations F1").isGreaterThanOrEqualTo(0.85);
        assertThat(t.get("topics").f1()).as("topics F1").isGreaterThanOrEqualTo(0.8);
    }
}
