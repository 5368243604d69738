package io.liveline.enrich.service;

import io.liveline.enrich.config.EnrichConfig;
import io.liveline.enrich.tagger.LiveblogPeople;
import io.liveline.enrich.tagger.LiveblogTopics;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the tagger remembers of each live blog (the people it named in full, the topics it carried
 * lately), for the live blogs updated most recently. Bounded twice: a fixed number of blogs, a
 * fixed number of people each; a blog quiet for long is forgotten first. The people are rebuilt
 * from the enriched topic at start and kept in step with it ({@code MemoryFollower}), so a restart
 * or a rebalance keeps them; the topics are this replica's own (replaying them would count each
 * post twice in a prior that decays per post), so a restart starts them afresh.
 */
@ApplicationScoped
public class LiveblogMemory {

    private final Map<String, LiveblogPeople> blogs;
    private final Map<String, LiveblogTopics> topics;
    private final int peoplePerLiveblog;

    public LiveblogMemory(EnrichConfig config) {
        int liveblogs = config.memory().liveblogs();
        this.peoplePerLiveblog = config.memory().peoplePerLiveblog();
        this.blogs = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, LiveblogPeople> eldest) {
                return size() > liveblogs;
            }
        };
        this.topics = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, LiveblogTopics> eldest) {
                return size() > liveblogs;
            }
        };
    }

    /** The people of this live blog so far; created empty on its first update. */
    public synchronized LiveblogPeople of(String liveblogId) {
        return blogs.computeIfAbsent(liveblogId, id -> new LiveblogPeople(peoplePerLiveblog));
    }

    /** The topics this live blog carried lately; created empty on its first update. */
    public synchronized LiveblogTopics topicsOf(String liveblogId) {
        return topics.computeIfAbsent(liveblogId, id -> new LiveblogTopics());
    }
}
