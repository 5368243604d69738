package io.liveline.feed.service;

import io.liveline.events.EventJson;
import io.liveline.events.TagSet;
import io.liveline.feed.mapping.FeedRetraction;
import io.liveline.feed.mapping.FeedUpdate;
import io.liveline.feed.repository.LiveUpdateEntity;
import java.nio.charset.StandardCharsets;

/**
 * One change in the feed, ready for the wire: serialised once into its whole SSE frame, then the
 * same bytes are written to every subscriber. {@code seq} is the SSE event id and orders the whole
 * stream.
 */
public record FeedEvent(long seq, String liveblogId, String type, String data, TagSet tags, SseFrames frame) {

    public static final String UPDATE = "update";
    public static final String DELETE = "delete";

    public static FeedEvent from(LiveUpdateEntity row) {
        return row.retracted
                ? delete(row.seq, new FeedRetraction(row.key.liveblogId, row.key.updateId, row.version))
                : update(row.seq, FeedUpdate.from(row));
    }

    private static FeedEvent update(long seq, FeedUpdate update) {
        return of(seq, update.liveblogId(), UPDATE, EventJson.write(update), update.tags());
    }

    private static FeedEvent delete(long seq, FeedRetraction retraction) {
        return of(seq, retraction.liveblogId(), DELETE, EventJson.write(retraction), TagSet.EMPTY);
    }

    private static FeedEvent of(long seq, String liveblogId, String type, String data, TagSet tags) {
        byte[] frame = ("id: " + seq + "\nevent: " + type + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        return new FeedEvent(seq, liveblogId, type, data, tags, SseFrames.of(frame));
    }
}
