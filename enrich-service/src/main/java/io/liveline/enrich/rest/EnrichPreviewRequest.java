package io.liveline.enrich.rest;

/** What to tag in a preview: an optional headline and an HTML (or plain text) body. */
public record EnrichPreviewRequest(String headline, String body) {
}
