package io.liveline.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A live blog's own metadata, whole: the value of every record on {@link Topics#LIVEBLOGS}, keyed by
 * the live blog id. Each record carries the opening and closing times already worked out, so every
 * reader (each ingest replica, each feed replica) stores the same values rather than deriving them
 * from its own history, which compaction would cut short.
 *
 * @param openedAt  when it first went live; kept through pauses, ends and reopenings; null until then
 * @param closedAt  when it last ended; null unless it is ended now
 * @param changedAt when ingest accepted this state; grows with every change of the blog, so a
 *                  reader keeps the record with the highest one
 */
public record LiveblogMetadata(
        String liveblogId,
        String title,
        String description,
        LiveblogState state,
        Instant openedAt,
        Instant closedAt,
        Instant changedAt) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 2000;

    public LiveblogMetadata {
        if (!Identifiers.isLiveblogId(liveblogId)) {
            throw new IllegalArgumentException("liveblogId is not a valid live blog id: " + liveblogId);
        }
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("title must be 1-" + MAX_TITLE + " characters");
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("description must be at most " + MAX_DESCRIPTION + " characters");
        }
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(changedAt, "changedAt");
        if (state == LiveblogState.ENDED) {
            Objects.requireNonNull(closedAt, "closedAt of an ended live blog");
        } else if (closedAt != null) {
            throw new IllegalArgumentException("closedAt is set only while the live blog is ended");
        }
        // Microseconds, as PostgreSQL keeps them: the stored and the streamed metadata must be equal.
        openedAt = micros(openedAt);
        closedAt = micros(closedAt);
        changedAt = micros(changedAt);
    }

    /**
     * The metadata after an editor's change at {@code now}, given the blog's last state (null for a
     * blog that has none). The first move to live sets the opening time for good; a move to ended
     * sets the closing time (an ended blog ended again keeps it), and any other state clears it.
     * {@code changedAt} stays strictly after the previous one even when clocks of replicas differ.
     */
    public static LiveblogMetadata next(LiveblogMetadata previous, String liveblogId, String title, String description,
            LiveblogState state, Instant now) {
        Instant changedAt = micros(now);
        if (previous != null && !changedAt.isAfter(previous.changedAt)) {
            changedAt = previous.changedAt.plus(1, ChronoUnit.MICROS);
        }
        Instant openedAt = previous != null && previous.openedAt != null ? previous.openedAt
                : state == LiveblogState.LIVE ? changedAt : null;
        Instant closedAt = state != LiveblogState.ENDED ? null
                : previous != null && previous.state == LiveblogState.ENDED ? previous.closedAt : changedAt;
        return new LiveblogMetadata(liveblogId, title, description, state, openedAt, closedAt, changedAt);
    }

    /** True when the blog takes no new updates or edits. */
    public boolean isEnded() {
        return state == LiveblogState.ENDED;
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
