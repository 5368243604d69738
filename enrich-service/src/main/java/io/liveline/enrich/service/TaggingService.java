package io.liveline.enrich.service;

import io.liveline.enrich.kafka.MemoryFollower;
import io.liveline.enrich.kb.KnowledgeFollower;
import io.liveline.enrich.tagger.LiveblogPeople;
import io.liveline.enrich.tagger.LiveblogTopics;
import io.liveline.enrich.tagger.Tagger;
import io.liveline.enrich.tagger.TaggingResult;
import io.liveline.events.EnrichedUpdate;
import io.liveline.events.LiveUpdate;
import io.liveline.events.TagSet;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Tags live updates with the current tagger of the knowledge base (rebuilt on every change to it)
 * and records how tagging goes.
 */
@ApplicationScoped
public class TaggingService {

    private final KnowledgeFollower knowledge;
    private final MemoryFollower memoryFollower;
    private final Timer taggingTime;
    private final Counter tagged;
    private final DistributionSummary tagsPerUpdate;
    private final LiveblogMemory memory;

    public TaggingService(MeterRegistry registry, LiveblogMemory memory, KnowledgeFollower knowledge,
            MemoryFollower memoryFollower) {
        this.memory = memory;
        this.memoryFollower = memoryFollower;
        this.knowledge = knowledge;
        this.taggingTime = Timer.builder("liveline.enrich.tagging.duration")
                .description("Time to tag one update").publishPercentileHistogram().register(registry);
        this.tagged = Counter.builder("liveline.enrich.updates.tagged").description("Updates tagged").register(registry);
        this.tagsPerUpdate = DistributionSummary.builder("liveline.enrich.tags.per.update")
                .description("Tags attached to one update").register(registry);
    }

    /**
     * The enriched form of an update, read in the context of its live blog: the people it names in
     * full and its topics are remembered for its later updates. A retraction carries no text and
     * gets no tags.
     */
    public EnrichedUpdate enrich(LiveUpdate update) {
        if (update.isRetraction()) {
            return new EnrichedUpdate(update, TagSet.EMPTY, Instant.now());
        }
        memoryFollower.awaitRestored();
        LiveblogPeople earlier = memory.of(update.liveblogId());
        LiveblogTopics recentTopics = memory.topicsOf(update.liveblogId());
        // text holds the headline, a line break and the body; the tagger weighs headline words more.
        String headline = update.headline();
        String text = update.text();
        boolean split = headline != null && !headline.isBlank() && text.startsWith(headline + "\n");
        TagSet tags = tag(split ? headline : null, split ? text.substring(headline.length() + 1) : text,
                earlier, recentTopics).tags();
        earlier.remember(tags);
        recentTopics.remember(tags);
        return new EnrichedUpdate(update, tags, Instant.now());
    }

    /** Tags a headline and plain text on their own (no live blog); the headline may be null. */
    public TaggingResult tag(String headline, String text) {
        return tag(headline, text, null, null);
    }

    private TaggingResult tag(String headline, String text, LiveblogPeople earlier, LiveblogTopics recentTopics) {
        Tagger tagger = knowledge.tagger();
        TaggingResult result = taggingTime.record(() -> tagger.tag(headline, text, earlier, recentTopics));
        TagSet tags = result.tags();
        tagged.increment();
        tagsPerUpdate.record(tags.people().size() + tags.countries().size() + tags.organisations().size() + tags.topics().size());
        return result;
    }
}
