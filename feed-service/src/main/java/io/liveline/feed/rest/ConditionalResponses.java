package io.liveline.feed.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.liveline.events.EventJson;
import io.liveline.feed.config.FeedConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Answers a read with the bytes apps will parse, an {@code ETag} of those bytes and a
 * {@code Cache-Control} for a CDN; or {@code 304 Not Modified} when the client (or the CDN
 * revalidating) already holds them. The tag is taken from the content, not from a version
 * counter, so every replica gives the same tag for the same answer.
 */
@ApplicationScoped
public class ConditionalResponses {

    private final String cacheControl;

    public ConditionalResponses(FeedConfig config) {
        long maxAge = config.cacheMaxAge().toSeconds();
        // Live pages change by the second: a CDN may serve a slightly stale copy while it refreshes.
        // Written by hand: JAX-RS CacheControl quotes extension values, which CDNs do not read.
        cacheControl = "public, max-age=" + maxAge + ", s-maxage=" + maxAge
                + ", stale-while-revalidate=" + config.cacheStaleWhileRevalidate().toSeconds();
    }

    /** {@code entity} written with the wire mapper, as {@code mediaType}, unless the request's tag still matches. */
    Response ok(Request request, Object entity, String mediaType) {
        byte[] body = json(entity);
        EntityTag tag = new EntityTag(digest(body, mediaType));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(body, mediaType).tag(tag);
        return answer.header("Cache-Control", cacheControl).header("Vary", "Accept").build();
    }

    private static String digest(byte[] body, String mediaType) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(mediaType.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] hash = sha.digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static byte[] json(Object entity) {
        try {
            return EventJson.mapper().writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("feed types always serialise", e);
        }
    }
}
