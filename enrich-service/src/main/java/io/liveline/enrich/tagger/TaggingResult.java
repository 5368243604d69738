package io.liveline.enrich.tagger;

import io.liveline.events.TagSet;
import java.util.List;

/** The tags of one post and the evidence for each of them. */
public record TaggingResult(TagSet tags, List<Evidence> evidence) {

    public TaggingResult {
        evidence = List.copyOf(evidence);
    }
}
