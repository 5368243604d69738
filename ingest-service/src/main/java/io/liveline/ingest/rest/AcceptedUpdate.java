package io.liveline.ingest.rest;

import io.liveline.events.LiveUpdate;
import java.net.URI;
import java.util.Locale;

/** The answer to an accepted write: which update and version the pipeline now carries, and where to read it. */
public record AcceptedUpdate(String liveblogId, String id, long version, String action, URI location) {

    public static AcceptedUpdate of(LiveUpdate update, String feedUrl) {
        URI location = URI.create(feedUrl + "/v1/liveblogs/" + update.liveblogId() + "/updates/" + update.id());
        return new AcceptedUpdate(update.liveblogId(), update.id(), update.version(),
                update.action().name().toLowerCase(Locale.ROOT), location);
    }
}
