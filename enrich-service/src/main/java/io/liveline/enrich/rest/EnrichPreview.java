package io.liveline.enrich.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.liveline.enrich.tagger.Evidence;
import io.liveline.events.TagSet;
import java.util.List;

/** The tags the pipeline would attach, and with {@code explain=true} which span of text gave each. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnrichPreview(TagSet tags, List<Evidence> evidence) {
}
