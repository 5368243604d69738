package io.liveline.enrich.tagger;

import io.liveline.events.TagSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The topics one live blog has carried lately, as a prior for its next post: a blog about an
 * election makes "vote" in its next post more likely to be about the election. Each remembered
 * post halves the weight of the ones before it, so the prior follows the story as it moves and
 * topics that fade are dropped; the map is bounded by the topic vocabulary. Thread-safe.
 */
public final class LiveblogTopics {

    private static final double DECAY = 0.5;
    private static final double FORGET_BELOW = 0.05;

    private final Map<String, Double> recent = new HashMap<>();

    /** How much the blog has been about this topic lately, from 0 to about 2. */
    synchronized double weight(String code) {
        return recent.getOrDefault(code, 0.0);
    }

    /** Remembers the topics of a tagged post of this blog. */
    public synchronized void remember(TagSet tags) {
        recent.replaceAll((code, w) -> w * DECAY);
        for (TagSet.TopicTag t : tags.topics()) {
            recent.merge(t.code(), t.score(), Double::sum);
        }
        recent.values().removeIf(w -> w < FORGET_BELOW);
    }
}
