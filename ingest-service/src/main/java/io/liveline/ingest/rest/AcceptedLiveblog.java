package io.liveline.ingest.rest;

import io.liveline.events.LiveblogMetadata;
import io.liveline.events.LiveblogState;
import java.time.Instant;

/** The answer to an accepted change of a live blog: its metadata as the pipeline now carries it, and where to read it. */
public record AcceptedLiveblog(String liveblogId, String title, String description, LiveblogState state, Instant openedAt,
        Instant closedAt, Instant changedAt, String location) implements Accepted {

    public static AcceptedLiveblog of(LiveblogMetadata metadata, String feedUrl) {
        return new AcceptedLiveblog(metadata.liveblogId(), metadata.title(), metadata.description(), metadata.state(),
                metadata.openedAt(), metadata.closedAt(), metadata.changedAt(), feedUrl + "/v1/liveblogs/" + metadata.liveblogId());
    }
}
