package io.liveline.ingest.security;

import io.liveline.events.ApiKey;
import io.liveline.events.Identifiers;
import io.liveline.ingest.InvalidUpdateException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The checks every write passes before its body is read, in an order that leaks nothing: who is
 * calling (401), whether they are within their rate (429), whether the live blog id is well
 * formed (400), whether the key may write to it (403).
 */
@ApplicationScoped
public class AccessControl {

    private final ApiKeyRegistry keys;
    private final RateLimiter rateLimiter;

    public AccessControl(ApiKeyRegistry keys, RateLimiter rateLimiter) {
        this.keys = keys;
        this.rateLimiter = rateLimiter;
    }

    public ApiKey admit(String authorization, String liveblogId) {
        ApiKey key = keys.authenticate(authorization);
        rateLimiter.acquire(key);
        if (!Identifiers.isLiveblogId(liveblogId)) {
            throw new InvalidUpdateException("liveblogId", "must be a lower-case slug of letters, digits and '-' (at most 80)");
        }
        keys.authorize(key, liveblogId);
        return key;
    }
}
