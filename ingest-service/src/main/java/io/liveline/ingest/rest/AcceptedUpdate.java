package io.liveline.ingest.rest;

import io.liveline.events.LiveUpdate;
import java.net.URI;

/** The answer to an accepted write: which update and version the pipeline now carries, and where to read it. */
public record AcceptedUpdate(String liveblogId, String id, long version, String action, URI location) {

    static AcceptedUpdate of(LiveUpdate update, URI location) {
        return new AcceptedUpdate(update.liveblogId(), update.id(), update.version(),
                update.action().name().toLowerCase(java.util.Locale.ROOT), location);
    }
}
