package io.liveline.enrich.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

    /**
     * Keys that may change the knowledge base, each {@code name:sha256-hex-of-key:grants} as
     * ingest-service's API keys; a key needs the grant {@code kb:edit}. Only hashes are configured,
     * usually from a secret through {@code LIVELINE_ENRICH_EDITOR_KEYS}.
     */
    Optional<List<String>> editorKeys();

    /** The knowledge base on {@code liveline.kb}. */
    Kb kb();

    /** How this replica follows and writes the knowledge base. */
    interface Kb {

        /** Seed the topic from the shipped kb/ files when it has never been seeded. */
        @WithDefault("true")
        boolean seed();

        /** The longest an editor's write waits for the broker's ack and for this replica to apply it. */
        @WithDefault("10s")
        Duration writeTimeout();

        /**
         * While changes keep coming (an import), the longest the tagger goes unrebuilt; a quiet
         * topic is applied as soon as it is read.
         */
        @WithDefault("2s")
        Duration rebuildInterval();

        /** The most lines one import request may carry. */
        @WithDefault("10000")
        int importMaxLines();

        /**
         * Languages whose Wikidata labels and aliases an import takes, in order: the first with a
         * label gives the entity's name.
         */
        @WithDefault("en")
        List<String> importLanguages();
    }

    /** Bounds of the per-live-blog memory (about 100 bytes a person). */
    interface Memory {

        /** Live blogs remembered; the one updated least recently is forgotten first. */
        @WithDefault("2000")
        int liveblogs();

        /** People remembered per live blog; the one mentioned least recently is forgotten first. */
        @WithDefault("100")
        int peoplePerLiveblog();

        /**
         * Enriched records read back per partition at start to rebuild the memory: a blog whose
         * last update is older than that many records of its partition starts afresh.
         */
        @WithDefault("20000")
        int restoreRecords();
    }
}
