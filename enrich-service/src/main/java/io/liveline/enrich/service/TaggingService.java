package io.liveline.enrich.service;

import io.liveline.enrich.tagger.Tagger;
import io.liveline.enrich.tagger.TaggingResult;
import io.liveline.events.EnrichedUpdate;
import io.liveline.events.LiveUpdate;
import io.liveline.events.TagSet;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Tags live updates with the one tagger of the process, built at start-up (the knowledge base is
 * loaded once, before the service reports ready), and records how tagging goes.
 */
@Startup
@ApplicationScoped
public class TaggingService {

    private final Tagger tagger = Tagger.fromClasspath();
    private final Timer taggingTime;
    private final Counter tagged;
    private final DistributionSummary tagsPerUpdate;

    public TaggingService(MeterRegistry registry) {
        this.taggingTime = Timer.builder("liveline.enrich.tagging.duration")
                .description("Time to tag one update").publishPercentileHistogram().register(registry);
        this.tagged = Counter.builder("liveline.enrich.updates.tagged").description("Updates tagged").register(registry);
        this.tagsPerUpdate = DistributionSummary.builder("liveline.enrich.tags.per.update")
                .description("Tags attached to one update").register(registry);
        // One untimed run loads the matcher's classes now, not while the first real update waits.
        tagger.tag("Start-up", "The tagger is ready in Kyiv and Warsaw.");
    }

    /** The enriched form of an update; a retraction carries no text and gets no tags. */
    public EnrichedUpdate enrich(LiveUpdate update) {
        TagSet tags = update.isRetraction() ? TagSet.EMPTY : tag(null, update.text()).tags();
        return new EnrichedUpdate(update, tags, Instant.now());
    }

    /** Tags a headline and plain text; the headline may be null. */
    public TaggingResult tag(String headline, String text) {
        TaggingResult result = taggingTime.record(() -> tagger.tag(headline, text));
        TagSet tags = result.tags();
        tagged.increment();
        tagsPerUpdate.record(tags.people().size() + tags.countries().size() + tags.organisations().size() + tags.topics().size());
        return result;
    }
}
