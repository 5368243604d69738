package io.liveline.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A client's credential, as ingest-service and enrich-service both check it: the SHA-256 of its
 * key (keys are long random strings, so a fast hash is safe to store; they are not passwords) and
 * what it grants: live blog patterns, and scopes such as {@code kb:edit}.
 *
 * @param grants live blog ids, prefixes ending in {@code *}, and scopes (which contain a colon,
 *               which no live blog id does)
 */
public record ApiKey(String name, byte[] sha256, List<String> grants) {

    /** The scope of a key that may change the knowledge base. */
    public static final String KB_EDIT = "kb:edit";

    private static final String BEARER = "Bearer ";

    /** True when a pattern names the live blog, or is a prefix ending in {@code *} that it starts with. */
    public boolean allows(String liveblogId) {
        for (String pattern : grants) {
            boolean prefix = pattern.endsWith("*");
            if (prefix ? liveblogId.startsWith(pattern.substring(0, pattern.length() - 1)) : liveblogId.equals(pattern)) {
                return true;
            }
        }
        return false;
    }

    /** True when the key was given this scope by name. */
    public boolean hasScope(String scope) {
        return grants.contains(scope);
    }

    /**
     * A configured entry {@code name:sha256-hex:grant|grant}.
     *
     * @throws IllegalArgumentException naming only the expected shape, never the entry (secret material)
     */
    public static ApiKey parse(String entry) {
        String[] parts = entry.trim().split(":", 3);
        if (parts.length != 3 || !parts[1].matches("[0-9a-fA-F]{64}") || parts[2].isBlank()) {
            throw new IllegalArgumentException("an API key entry is not 'name:sha256-hex:patterns'");
        }
        return new ApiKey(parts[0], HexFormat.of().parseHex(parts[1].toLowerCase()), List.of(parts[2].split("\\|")));
    }

    /**
     * The key among {@code keys} that an {@code Authorization: Bearer <key>} header presents, or
     * null when the header is missing, of another scheme, or presents no known key. Compares with
     * every key in constant time, so timing does not reveal how close a guess was.
     */
    public static ApiKey presentedBy(String authorization, List<ApiKey> keys) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        byte[] presented = sha256(authorization.substring(BEARER.length()).trim());
        ApiKey match = null;
        for (ApiKey key : keys) {
            if (MessageDigest.isEqual(key.sha256(), presented)) {
                match = key;
            }
        }
        return match;
    }

    /** True when the header uses the Bearer scheme, whatever key it presents. */
    public static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
