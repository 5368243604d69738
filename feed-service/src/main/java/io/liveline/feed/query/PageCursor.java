package io.liveline.feed.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of updates ended: the last update's publication time and id. Opaque to clients
 * (base64url), and stable under inserts because it names a position, not an offset.
 */
public record PageCursor(Instant publishedAt, String updateId) {

    public String encode() {
        String raw = publishedAt.getEpochSecond() + "." + publishedAt.getNano() + ":" + updateId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the value is not a cursor this service issued */
    public static PageCursor decode(String value) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            String[] time = raw.substring(0, colon).split("\\.");
            String id = raw.substring(colon + 1);
            if (time.length != 2 || !io.liveline.events.Identifiers.isUpdateId(id)) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new PageCursor(Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1])), id);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor issued by this API", e);
        }
    }
}
