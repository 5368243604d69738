package io.liveline.ingest.service;

import io.liveline.events.EventJson;
import io.liveline.ingest.IdempotencyConflictException;
import io.liveline.ingest.config.IngestConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Makes retried writes safe: a request repeated with the same {@code Idempotency-Key} (per API key)
 * gets the first answer and publishes nothing more, also while the first is still in flight; the
 * same key with a different request is refused. Failed attempts are forgotten, so a retry after a
 * 503 really retries. Memory is per replica and lost on restart (see the README).
 *
 * <p>Once a write is answered its entry keeps the answer alone, not the request or the work that
 * made it (a batch's work holds its whole body), and entries are bounded in bytes as well as in
 * number: the oldest go first, so a client sending big batches with keys cannot exhaust the heap.
 */
@ApplicationScoped
public class IdempotencyStore {

    // A map entry, its key string and fingerprint, as the heap holds them; the answer comes on top.
    private static final long ENTRY_OVERHEAD = 256;

    private final Duration window;
    private final int capacity;
    private final long maxBytes;
    private final Map<String, Entry> entries = new LinkedHashMap<>(1024, 0.75f, false);
    private final Counter evicted;
    private long bytes;

    @Inject
    public IdempotencyStore(IngestConfig config, MeterRegistry registry) {
        this(config.idempotencyWindow(), config.idempotencyCapacity(), config.idempotencyMemory().asLongValue(), registry);
    }

    IdempotencyStore(Duration window, int capacity, long maxBytes, MeterRegistry registry) {
        this.window = window;
        this.capacity = capacity;
        this.maxBytes = maxBytes;
        this.evicted = registry.counter("liveline.ingest.idempotency.evicted");
        registry.gauge("liveline.ingest.idempotency.bytes", this, store -> store.sizes()[0]);
        registry.gauge("liveline.ingest.idempotency.entries", this, store -> store.sizes()[1]);
    }

    /**
     * Runs {@code action} once per idempotency key; without a key it simply runs it.
     *
     * @param scope   who and where: API key name, method and path
     * @param request the bytes that make the request what it is (compared by hash)
     * @param action  the write; its answer is what is kept, so it should be the answer itself
     */
    public <T> Uni<T> once(String scope, String idempotencyKey, byte[] request, Supplier<Uni<T>> action) {
        if (idempotencyKey == null) {
            return action.get();
        }
        String key = scope + "\n" + idempotencyKey;
        byte[] fingerprint = sha256(request);
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
            if (entry != null && entry.expiresAt < System.nanoTime()) {
                remove(key, entry);
                entry = null;
            }
            if (entry == null) {
                Entry created = new Entry(fingerprint, System.nanoTime() + window.toNanos(), ENTRY_OVERHEAD + 2L * key.length());
                created.result = action.get()
                        .onItem().invoke(answer -> keepAnswer(key, created, answer))
                        .onFailure().invoke(() -> forget(key, created))
                        .memoize().indefinitely();
                entries.put(key, created);
                bytes += created.bytes;
                evictBeyondBounds();
                entry = created;
            }
        }
        if (!MessageDigest.isEqual(entry.fingerprint, fingerprint)) {
            return Uni.createFrom().failure(new IdempotencyConflictException());
        }
        @SuppressWarnings("unchecked")
        Uni<T> result = (Uni<T>) entry.result;
        return result;
    }

    /** Replaces the work with its answer, weighed by its JSON form (what the client was sent). */
    private void keepAnswer(String key, Entry entry, Object answer) {
        long weight = EventJson.write(answer).getBytes(StandardCharsets.UTF_8).length;
        synchronized (entries) {
            if (entries.get(key) != entry) {
                return;
            }
            entry.result = Uni.createFrom().item(answer);
            entry.bytes += weight;
            bytes += weight;
            evictBeyondBounds();
        }
    }

    private void forget(String key, Entry entry) {
        synchronized (entries) {
            if (entries.get(key) == entry) {
                remove(key, entry);
            }
        }
    }

    /** Oldest first; called with the lock held. */
    private void evictBeyondBounds() {
        Iterator<Entry> oldest = entries.values().iterator();
        while ((bytes > maxBytes || entries.size() > capacity) && oldest.hasNext()) {
            bytes -= oldest.next().bytes;
            oldest.remove();
            evicted.increment();
        }
    }

    private void remove(String key, Entry entry) {
        entries.remove(key);
        bytes -= entry.bytes;
    }

    /** Bytes and entry count, read together. */
    private long[] sizes() {
        synchronized (entries) {
            return new long[] {bytes, entries.size()};
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes == null ? new byte[0] : bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Builds the scope of a request: the same key used by two newsroom systems never collides. */
    public static String scope(String keyName, String method, String path) {
        return keyName + " " + method + " " + path;
    }

    private static final class Entry {
        final byte[] fingerprint;
        final long expiresAt;
        long bytes;
        Uni<?> result;

        Entry(byte[] fingerprint, long expiresAt, long bytes) {
            this.fingerprint = fingerprint;
            this.expiresAt = expiresAt;
            this.bytes = bytes;
        }
    }
}
