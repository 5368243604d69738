package io.liveline.ingest.mapping;

import io.liveline.events.Author;
import io.liveline.events.UpdateKind;
import java.time.Instant;
import java.util.List;

/**
 * A validated create or edit request, already sanitised: what a newsroom asked to publish.
 *
 * @param id          the client's id for the update, or null to have one assigned
 * @param body        sanitised HTML
 * @param text        plain text of headline and body
 * @param publishedAt null to publish now
 */
public record UpdateRequest(
        String id,
        String headline,
        String body,
        String text,
        UpdateKind kind,
        boolean pinned,
        List<Author> authors,
        Instant publishedAt) {
}
