package io.liveline.feed.live;

import io.liveline.events.EventJson;
import io.liveline.events.TagSet;
import io.liveline.feed.mapping.FeedLiveblog;
import io.liveline.feed.mapping.FeedRetraction;
import io.liveline.feed.mapping.FeedUpdate;
import io.liveline.feed.repository.LiveUpdateEntity;
import io.liveline.feed.repository.LiveblogEntity;
import io.liveline.feed.repository.StoredChange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * One change in the feed, ready for the wire: serialised once into its whole SSE frame, then the
 * same bytes are written to every subscriber. {@code seq} is the SSE event id and orders the whole
 * stream.
 */
record FeedEvent(long seq, String liveblogId, Type type, TagSet tags, SseFrames frame) {

    /** The SSE event types: a new or edited update, a retraction, or a live blog's changed metadata. */
    enum Type {
        UPDATE("update"),
        DELETE("delete"),
        LIVEBLOG("liveblog");

        /** As the {@code event:} line names it. */
        final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }
    }

    private static final Logger LOG = Logger.getLogger(FeedEvent.class);

    /**
     * The events of stored rows, in their order; a row that cannot be turned into one (its stored
     * JSON unreadable) is logged and left out, so that it cannot stop the streams behind it.
     */
    static List<FeedEvent> fromRows(List<StoredChange> rows) {
        List<FeedEvent> events = new ArrayList<>(rows.size());
        for (StoredChange row : rows) {
            try {
                events.add(from(row));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Change %d (of %s) cannot be sent and is skipped", row.seq(), row.liveblogId());
            }
        }
        return events;
    }

    static FeedEvent from(StoredChange change) {
        if (change instanceof LiveblogEntity row) {
            return of(row.seq(), row.liveblogId(), Type.LIVEBLOG, EventJson.write(FeedLiveblog.from(row)), TagSet.EMPTY);
        }
        return from((LiveUpdateEntity) change);
    }

    static FeedEvent from(LiveUpdateEntity row) {
        return row.retracted
                ? delete(row.seq, new FeedRetraction(row.key.liveblogId, row.key.updateId, row.version))
                : update(row.seq, FeedUpdate.from(row));
    }

    private static FeedEvent update(long seq, FeedUpdate update) {
        return of(seq, update.liveblogId(), Type.UPDATE, EventJson.write(update), update.tags());
    }

    private static FeedEvent delete(long seq, FeedRetraction retraction) {
        return of(seq, retraction.liveblogId(), Type.DELETE, EventJson.write(retraction), TagSet.EMPTY);
    }

    private static FeedEvent of(long seq, String liveblogId, Type type, String data, TagSet tags) {
        byte[] frame = ("id: " + seq + "\nevent: " + type.wireName + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        return new FeedEvent(seq, liveblogId, type, tags, SseFrames.of(frame));
    }
}
