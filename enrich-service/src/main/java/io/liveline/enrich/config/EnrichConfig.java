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

    /** The per-live-blog memory that lets a later surname name a person given in full earlier. */
    Memory memory();

    /** Bounds of the per-live-blog memory (about 100 bytes a person). */
    interface Memory {

        /** Live blogs remembered; the one updated least recently is forgotten first. */
        @WithDefault("2000")
        int liveblogs();

        /** People remembered per live blog; the one mentioned least recently is forgotten first. */
        @WithDefault("100")
        int peoplePerLiveblog();
    }
}
