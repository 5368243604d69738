package io.liveline.ingest.security;

import java.util.List;

/**
 * A newsroom system's credential: the SHA-256 of its key (keys are long random strings, so a fast
 * hash is safe to store; they are not passwords) and the live blogs it may write to.
 */
public record ApiKey(String name, byte[] sha256, List<String> liveblogPatterns) {

    /** True when a pattern names the live blog, or is a prefix ending in {@code *} that it starts with. */
    public boolean allows(String liveblogId) {
        for (String pattern : liveblogPatterns) {
            boolean prefix = pattern.endsWith("*");
            if (prefix ? liveblogId.startsWith(pattern.substring(0, pattern.length() - 1)) : liveblogId.equals(pattern)) {
                return true;
            }
        }
        return false;
    }
}
