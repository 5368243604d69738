package io.liveline.events;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail: the body of every error answer of every Liveline HTTP API, served
 * as {@code application/problem+json}. {@code type} is a stable URI clients may switch on.
 *
 * @param errors the fields at fault, for validation problems; empty otherwise
 */
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://liveline.io/problems/";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem whose type is {@code https://liveline.io/problems/<slug>}. */
    public static Problem of(String slug, String title, int status, String detail, String instance) {
        return new Problem(URI.create(TYPE_BASE + slug), title, status, detail, instance, List.of());
    }

    /** A problem for a plain HTTP status (404, 405, 415...), typed by its reason phrase. */
    public static Problem forStatus(int status, String reasonPhrase, String detail, String instance) {
        String slug = reasonPhrase.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return of(slug, reasonPhrase, status, detail, instance);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors);
    }

    /** One field at fault: a JSON Pointer-like path ({@code body}, {@code author/name}) or a parameter name. */
    public record FieldError(String field, String message) {
    }
}
