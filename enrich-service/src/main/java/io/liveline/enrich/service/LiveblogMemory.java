package io.liveline.enrich.service;

import io.liveline.enrich.config.EnrichConfig;
import io.liveline.enrich.tagger.LiveblogPeople;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the tagger remembers of each live blog (the people it named in full), for the live blogs
 * updated most recently. Bounded twice: a fixed number of blogs, a fixed number of people each;
 * a blog quiet for long is forgotten first. Rebuilt from the enriched topic at start and kept in
 * step with it ({@code MemoryFollower}), so a restart or a rebalance keeps it.
 */
@ApplicationScoped
public class LiveblogMemory {

    private final Map<String, LiveblogPeople> blogs;
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
    }

    /** The people of this live blog so far; created empty on its first update. */
    public synchronized LiveblogPeople of(String liveblogId) {
        return blogs.computeIfAbsent(liveblogId, id -> new LiveblogPeople(peoplePerLiveblog));
    }
}
