package io.liveline.events;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * CloudEvents 1.0 attributes of a record in binary mode (the Kafka protocol binding: {@code ce_}
 * headers, the event data as the record value), plus the W3C {@code traceparent} that ties the
 * record to the request that caused it. The services hand the attributes to SmallRye's Kafka
 * connector ({@link #metadata()}, channels with {@code cloud-events=true}), which writes the
 * {@code ce_} headers; {@link #writeTo} writes the same headers for producers outside a connector
 * (tests, benchmarks).
 */
public record CloudEvent(String id, String type, String source, Instant time, String traceparent) {

    public static final String SPEC_VERSION = "1.0";
    public static final String TYPE_PUBLISHED = "io.liveline.update.published";
    public static final String TYPE_RETRACTED = "io.liveline.update.retracted";
    public static final String TYPE_ENRICHED = "io.liveline.update.enriched";
    /** An editor's {@link TagCorrection}, on the raw topic and, passed on unchanged, on the enriched one. */
    public static final String TYPE_TAGS_CORRECTED = "io.liveline.update.tags-corrected";
    public static final String TYPE_LIVEBLOG_CHANGED = "io.liveline.liveblog.changed";

    static final String ID = "ce_id";
    static final String TYPE = "ce_type";
    static final String SOURCE = "ce_source";
    static final String SPECVERSION = "ce_specversion";
    static final String TIME = "ce_time";
    static final String CONTENT_TYPE = "content-type";
    static final String TRACEPARENT = "traceparent";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(traceparent, "traceparent");
    }

    /** The attributes of the raw event for an update version. */
    public static CloudEvent forRaw(LiveUpdate update, String source, String traceparent) {
        return new CloudEvent(eventId(update), update.isRetraction() ? TYPE_RETRACTED : TYPE_PUBLISHED,
                source, update.receivedAt(), traceparent);
    }

    /** The attributes of the enriched event that follows a raw one, in the same trace. */
    public static CloudEvent forEnriched(EnrichedUpdate enriched, String source, String traceparent) {
        return new CloudEvent(eventId(enriched.update()), TYPE_ENRICHED, source, enriched.enrichedAt(), traceparent);
    }

    /**
     * The attributes of a tag correction as {@code source} writes it: ingest onto the raw topic,
     * enrich onto the enriched one. The id is the same on both, as for an update.
     */
    public static CloudEvent forCorrection(TagCorrection correction, String source, String traceparent) {
        return new CloudEvent(correction.liveblogId() + "/" + correction.id() + "/tags/" + correction.version(),
                TYPE_TAGS_CORRECTED, source, correction.correctedAt(), traceparent);
    }

    /** The CloudEvents type of a record, or null when it has none. */
    public static String typeOf(Headers headers) {
        return get(headers, TYPE);
    }

    /** The attributes of a live blog's metadata record; one id per change of the blog. */
    public static CloudEvent forLiveblog(LiveblogMetadata metadata, String source, String traceparent) {
        return new CloudEvent(metadata.liveblogId() + "@" + metadata.changedAt(), TYPE_LIVEBLOG_CHANGED, source,
                metadata.changedAt(), traceparent);
    }

    /** One id per update version, so a redelivered event can be recognised downstream. */
    static String eventId(LiveUpdate update) {
        return update.liveblogId() + "/" + update.id() + "/" + update.version();
    }

    /**
     * The attributes as SmallRye's outgoing CloudEvents metadata, for a channel in binary mode. The
     * data content type is left out on purpose: the connector would write it twice, as
     * {@code content-type} and as {@code ce_datacontenttype}, which the Kafka binding does not use;
     * {@link #headers()} carries {@code content-type} with the {@code traceparent}.
     */
    public OutgoingCloudEventMetadata<Object> metadata() {
        return OutgoingCloudEventMetadata.builder()
                .withId(id)
                .withType(type)
                .withSource(URI.create(source))
                .withTimestamp(time.atZone(ZoneOffset.UTC))
                .build();
    }

    /** The headers that travel beside the connector's {@code ce_} ones: {@code content-type} and {@code traceparent}. */
    public Headers headers() {
        Headers headers = new RecordHeaders();
        put(headers, CONTENT_TYPE, "application/json");
        put(headers, TRACEPARENT, traceparent);
        return headers;
    }

    /** Writes the attributes onto a record's headers, replacing any earlier values. */
    public void writeTo(Headers headers) {
        put(headers, ID, id);
        put(headers, TYPE, type);
        put(headers, SOURCE, source);
        put(headers, SPECVERSION, SPEC_VERSION);
        put(headers, TIME, time.toString());
        headers().forEach(header -> put(headers, header.key(), new String(header.value(), StandardCharsets.UTF_8)));
    }

    /**
     * Reads the attributes from a record's headers.
     *
     * @throws IllegalArgumentException when a required attribute is missing or malformed
     */
    public static CloudEvent readFrom(Headers headers) {
        String specVersion = get(headers, SPECVERSION);
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new IllegalArgumentException("unsupported ce_specversion: " + specVersion);
        }
        String time = require(headers, TIME);
        try {
            String traceparent = get(headers, TRACEPARENT);
            return new CloudEvent(require(headers, ID), require(headers, TYPE), require(headers, SOURCE),
                    Instant.parse(time), traceparent == null ? TraceParent.newRoot() : traceparent);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("malformed ce_time: " + time, e);
        }
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String require(Headers headers, String name) {
        String value = get(headers, name);
        if (value == null) {
            throw new IllegalArgumentException("missing header " + name);
        }
        return value;
    }

    private static String get(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
