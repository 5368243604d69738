package io.liveline.ingest.security;

import io.liveline.ingest.NotPermittedException;
import io.liveline.ingest.UnauthenticatedException;
import io.liveline.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Decides who may write to which live blog, from the configured key hashes. */
@ApplicationScoped
public class ApiKeyRegistry {

    private static final String BEARER = "Bearer ";

    private final List<ApiKey> keys;

    public ApiKeyRegistry(IngestConfig config) {
        this.keys = config.apiKeys().orElse(List.of()).stream().map(ApiKeyRegistry::parse).toList();
    }

    /**
     * The key presented in an {@code Authorization: Bearer} header.
     *
     * @throws UnauthenticatedException when there is none or it is unknown
     */
    public ApiKey authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new UnauthenticatedException("send an API key as 'Authorization: Bearer <key>'");
        }
        byte[] presented = sha256(authorization.substring(BEARER.length()).trim());
        ApiKey match = null;
        // Compare with every key in constant time, so timing does not reveal how close a guess was.
        for (ApiKey key : keys) {
            if (MessageDigest.isEqual(key.sha256(), presented)) {
                match = key;
            }
        }
        if (match == null) {
            throw new UnauthenticatedException("the API key is not valid");
        }
        return match;
    }

    /** @throws NotPermittedException when the key may not write to the live blog */
    public void authorize(ApiKey key, String liveblogId) {
        if (!key.allows(liveblogId)) {
            throw new NotPermittedException("the API key '" + key.name() + "' may not write to live blog " + liveblogId);
        }
    }

    static ApiKey parse(String entry) {
        String[] parts = entry.trim().split(":", 3);
        if (parts.length != 3 || !parts[1].matches("[0-9a-fA-F]{64}") || parts[2].isBlank()) {
            // Name only the position, never the entry: it is secret material.
            throw new IllegalArgumentException("liveline.ingest.api-keys: an entry is not 'name:sha256-hex:patterns'");
        }
        List<String> patterns = new ArrayList<>(List.of(parts[2].split("\\|")));
        return new ApiKey(parts[0], HexFormat.of().parseHex(parts[1].toLowerCase()), List.copyOf(patterns));
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
