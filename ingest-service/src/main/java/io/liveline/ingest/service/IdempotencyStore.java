package io.liveline.ingest.service;

import io.liveline.ingest.IdempotencyConflictException;
import io.liveline.ingest.config.IngestConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Makes retried writes safe: a request repeated with the same {@code Idempotency-Key} (per API key)
 * gets the first answer and publishes nothing more, also while the first is still in flight; the
 * same key with a different request is refused. Failed attempts are forgotten, so a retry after a
 * 503 really retries. Memory is per replica and lost on restart (see the README).
 */
@ApplicationScoped
public class IdempotencyStore {

    private final Duration window;
    private final Map<String, Entry> entries;

    public IdempotencyStore(IngestConfig config) {
        this.window = config.idempotencyWindow();
        int capacity = config.idempotencyCapacity();
        this.entries = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Runs {@code action} once per idempotency key; without a key it simply runs it.
     *
     * @param scope   who and where: API key name, method and path
     * @param request the bytes that make the request what it is (compared by hash)
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
                entries.remove(key);
                entry = null;
            }
            if (entry == null) {
                Entry created = new Entry(fingerprint, System.nanoTime() + window.toNanos());
                created.result = action.get()
                        .onFailure().invoke(() -> forget(key, created))
                        .memoize().indefinitely();
                entries.put(key, created);
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

    private void forget(String key, Entry entry) {
        synchronized (entries) {
            entries.remove(key, entry);
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
        Uni<?> result;

        Entry(byte[] fingerprint, long expiresAt) {
            this.fingerprint = fingerprint;
            this.expiresAt = expiresAt;
        }
    }
}
