package io.liveline.events;

/** Kafka topic names of the pipeline; every record on them is keyed by its live blog id. */
public final class Topics {

    /** Updates as newsrooms sent them, written by ingest-service. */
    public static final String RAW = "liveline.updates.raw";
    /** Updates with their tags, written by enrich-service. */
    public static final String ENRICHED = "liveline.updates.enriched";
    /** Records of either topic that could not be processed, with the error in headers. */
    public static final String DLQ = "liveline.updates.dlq";

    private Topics() {
    }
}
