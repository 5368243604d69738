package io.liveline.events;

/**
 * Kafka topic names of the pipeline. Records of the update topics and of the live blogs are keyed
 * by their live blog id, those of the knowledge base by entity id.
 */
public final class Topics {

    /** Updates as newsrooms sent them, written by ingest-service. */
    public static final String RAW = "liveline.updates.raw";
    /** Updates with their tags, written by enrich-service. */
    public static final String ENRICHED = "liveline.updates.enriched";
    /** Records of either topic that could not be processed, with the error in headers. */
    public static final String DLQ = "liveline.updates.dlq";
    /** The knowledge base, compacted: each entity's whole current state, a tombstone retires one. */
    public static final String KB = "liveline.kb";
    /**
     * The live blogs' own metadata, compacted: each blog's whole current state, written by
     * ingest-service, read whole by every ingest replica and stored by feed-service.
     */
    public static final String LIVEBLOGS = "liveline.liveblogs";

    private Topics() {
    }
}
