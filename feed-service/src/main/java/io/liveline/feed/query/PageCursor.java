package io.liveline.feed.query;

import io.liveline.events.Identifiers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page ended: the last item's sort key (relevance rank, time, live blog, update id, as far
 * as the order uses them). Opaque to clients (base64url), stable under inserts because it names a
 * position, not an offset, and bound to the query that issued it by a short hash of the query's
 * shape, so a cursor from another query is refused instead of silently skipping or repeating.
 */
public record PageCursor(Float rank, Instant at, String liveblogId, String updateId) {

    private static final String SEPARATOR = "|";

    /** A short fingerprint of a query's shape: what it selects and how it orders, not its page size. */
    public static String shapeOf(String canonicalQuery) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalQuery.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public String encode(String shape) {
        String raw = String.join(SEPARATOR, shape, rank == null ? "" : Float.toString(rank),
                at.getEpochSecond() + "." + at.getNano(), orEmpty(liveblogId), orEmpty(updateId));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws IllegalArgumentException when the value is not a cursor this service issued
     * @throws OtherQueryException when it was issued for a query of another shape
     */
    public static PageCursor decode(String value, String shape) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cursor issued by this API", e);
        }
        if (parts.length != 5) {
            throw new IllegalArgumentException("not a cursor issued by this API");
        }
        if (!parts[0].equals(shape)) {
            throw new OtherQueryException();
        }
        try {
            Float rank = parts[1].isEmpty() ? null : Float.valueOf(parts[1]);
            String[] time = parts[2].split("\\.");
            Instant at = Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1]));
            String liveblogId = parts[3].isEmpty() ? null : parts[3];
            String updateId = parts[4].isEmpty() ? null : parts[4];
            if (time.length != 2 || (liveblogId != null && !Identifiers.isLiveblogId(liveblogId))
                    || (updateId != null && !Identifiers.isUpdateId(updateId)) || (rank != null && !Float.isFinite(rank))) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new PageCursor(rank, at, liveblogId, updateId);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor issued by this API", e);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A well-formed cursor of another query: following it would skip or repeat items. */
    public static final class OtherQueryException extends IllegalArgumentException {

        OtherQueryException() {
            super("a cursor of another query");
        }
    }
}
