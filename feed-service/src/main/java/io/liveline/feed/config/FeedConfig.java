package io.liveline.feed.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of feed-service, under {@code liveline.feed}. */
@ConfigMapping(prefix = "liveline.feed")
public interface FeedConfig {

    /** How often an idle SSE stream sends a comment, so proxies keep the connection open. */
    @WithDefault("15s")
    Duration heartbeat();

    /** The reconnect delay SSE clients are told to use ({@code retry:}). */
    @WithDefault("3s")
    Duration reconnectDelay();

    /** Events an SSE connection may have waiting; a client further behind is disconnected and resumes. */
    @WithDefault("1000")
    int streamBuffer();

    /** Rows read per query when an SSE stream resumes from the database. */
    @WithDefault("500")
    int replayBatch();

    /** How often each replica looks for committed changes it was not told of (normally it is told at once). */
    @WithDefault("1s")
    Duration tailInterval();

    /**
     * The shortest time between two reads of the live tail. Changes committed in between go to each
     * subscriber in one write; at 10 changes a second it delays nothing, at 100 it batches two or three.
     */
    @WithDefault("20ms")
    Duration tailMinInterval();

    /** The first wait before a write that failed for a reason that may pass is tried again; it doubles up to {@link #writeRetryMax()}. */
    @WithDefault("200ms")
    Duration writeRetryMin();

    /** The longest wait between two tries of a write; such a write is retried for as long as it fails that way. */
    @WithDefault("5s")
    Duration writeRetryMax();

    /** How often each replica looks for scheduled updates that have become due. */
    @WithDefault("1s")
    Duration scheduleInterval();

    /** How long browsers and CDNs may reuse a REST answer ({@code max-age}, {@code s-maxage}). */
    @WithDefault("5s")
    Duration cacheMaxAge();

    /** How long a CDN may serve a stale REST answer while it revalidates in the background. */
    @WithDefault("30s")
    Duration cacheStaleWhileRevalidate();

    /** Updates per page when the client gives no {@code limit}. */
    @WithDefault("20")
    int defaultPageSize();

    /** The largest {@code limit} a client may ask for. */
    @WithDefault("100")
    int maxPageSize();

    /** How often readiness probes the database and the broker. */
    @WithDefault("1s")
    Duration healthProbeInterval();

    /** How long a readiness probe waits for an answer before it counts as none. */
    @WithDefault("2s")
    Duration healthProbeTimeout();

    /**
     * The PostgreSQL text search configuration (language) that stems searches ({@code q=}). It must
     * be the one the stored search vectors were made with: feed-service checks at start and refuses
     * to run otherwise (README, "Search language", says how to change it).
     */
    @WithDefault("english")
    String searchConfig();
}
