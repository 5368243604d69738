package io.liveline.enrich.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of enrich-service, under {@code liveline.enrich}. */
@ConfigMapping(prefix = "liveline.enrich")
public interface EnrichConfig {

    /** CloudEvents {@code source} of the enriched events this service writes. */
    @WithDefault("/liveline/enrich-service")
    String eventSource();

    /** The longest body the preview endpoint tags, in characters; ingest caps real posts lower. */
    @WithDefault("200000")
    int maxPreviewLength();
}
