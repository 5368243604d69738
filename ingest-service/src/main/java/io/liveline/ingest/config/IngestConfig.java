package io.liveline.ingest.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of ingest-service, under {@code liveline.ingest}. */
@ConfigMapping(prefix = "liveline.ingest")
public interface IngestConfig {

    /** Public base URL of feed-service, for the {@code Location} of an accepted update. */
    @WithDefault("http://127.0.0.1:8083")
    String feedUrl();

    /** Longest wait for the broker's acknowledgement before the request is answered 503. */
    @WithDefault("10s")
    Duration publishTimeout();

    /** Seconds a client is told to wait ({@code Retry-After}) before retrying a 503. */
    @WithDefault("5")
    int retryAfterSeconds();

    /** CloudEvents {@code source} of the events this service writes. */
    @WithDefault("/liveline/ingest-service")
    String eventSource();

    /**
     * API keys, each {@code name:sha256-hex-of-key:pattern|pattern}, where a pattern is a live blog
     * id or a prefix ending in {@code *}. Only hashes are configured, never keys. Usually given by
     * the environment ({@code LIVELINE_INGEST_API_KEYS}) from a secret.
     */
    Optional<List<String>> apiKeys();

    /**
     * A file of API key entries, one per line in the same form ({@code #} starts a comment),
     * typically a mounted Kubernetes Secret. Re-read when it changes, so keys rotate without a restart.
     */
    Optional<java.nio.file.Path> apiKeysFile();

    /** How often the API keys file is checked for changes. */
    @WithDefault("5s")
    Duration apiKeysReloadInterval();

    /** Requests per second each API key may make on average ({@code 429} beyond). */
    @WithDefault("50")
    double rateLimitPerSecond();

    /** Requests an API key may make in a burst above its average rate. */
    @WithDefault("100")
    int rateLimitBurst();

    /** How long an {@code Idempotency-Key} is remembered by this replica. */
    @WithDefault("24h")
    Duration idempotencyWindow();

    /** How many idempotency keys this replica remembers at most; the oldest are forgotten first. */
    @WithDefault("100000")
    int idempotencyCapacity();

    /**
     * The most heap the remembered answers may take on this replica (a batch's answer has a line
     * per update); the oldest are forgotten first.
     */
    @WithDefault("64M")
    MemorySize idempotencyMemory();

    /** The most updates one NDJSON batch may carry. */
    @WithDefault("1000")
    int batchMaxItems();
}
