package io.liveline.feed.correction;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.liveline.events.EnrichedUpdate;
import io.liveline.events.EventJson;
import io.liveline.events.TagCorrection;
import io.liveline.events.TagSet;
import io.liveline.feed.repository.ChangeLog;
import io.liveline.feed.repository.LiveUpdateKey;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies editors' tag corrections inside the feed writer's transaction, in two steps around the
 * writer's upsert of the batch's updates: {@link #prepare} folds the batch's corrections into the
 * kept ones ({@code tag_correction}) and edits the tagger's tags of the batch's updates with them;
 * {@link #applyToStored} then edits and numbers the stored rows the corrections name. The second step comes
 * after the upsert so that a correction's version can never make an edit of the same batch look
 * stale. A correction of an update not stored yet is kept and applied when the update comes; a
 * retracted update stays retracted.
 */
@ApplicationScoped
public class TagCorrections {

    private static final String KEPT = """
            SELECT t.liveblog_id, t.update_id, t.version, t.edits::text
            FROM tag_correction t
            JOIN unnest(cast($1 as text[]), cast($2 as text[])) AS k(liveblog_id, update_id) USING (liveblog_id, update_id)
            FOR UPDATE OF t""";

    private static final String KEEP = """
            INSERT INTO tag_correction AS t (liveblog_id, update_id, version, edits)
            SELECT k.liveblog_id, k.update_id, k.version, cast(k.edits as jsonb)
            FROM unnest(cast($1 as text[]), cast($2 as text[]), cast($3 as bigint[]), cast($4 as text[]))
                AS k(liveblog_id, update_id, version, edits)
            ON CONFLICT (liveblog_id, update_id) DO UPDATE SET version = EXCLUDED.version, edits = EXCLUDED.edits
            WHERE t.version < EXCLUDED.version""";

    private static final String STORED_TAGS = """
            SELECT u.liveblog_id, u.update_id, u.tags::text
            FROM live_update u
            JOIN unnest(cast($1 as text[]), cast($2 as text[])) AS k(liveblog_id, update_id) USING (liveblog_id, update_id)
            WHERE NOT u.retracted
            FOR UPDATE OF u""";

    /*
     * A corrected update is a new change: it takes the correction's version when that is higher
     * (readers keep the highest version they have seen) and, when due, the next id in the change
     * stream from one more step of the feed cursor, held like the writer's until commit; a row not
     * yet due stays unnumbered until it is released.
     */
    private static final String EDIT_STORED = """
            WITH next AS (UPDATE feed_cursor SET seq = seq + $5 RETURNING seq - $5 AS base)
            UPDATE live_update u SET tags = cast(k.tags as jsonb), version = GREATEST(u.version, k.version),
                seq = CASE WHEN u.published_at IS NULL OR u.published_at <= now() THEN next.base + k.position END
            FROM next, unnest(cast($1 as text[]), cast($2 as text[]), cast($3 as text[]), cast($4 as bigint[]))
                WITH ORDINALITY AS k(liveblog_id, update_id, tags, version, position)
            WHERE u.liveblog_id = k.liveblog_id AND u.update_id = k.update_id AND NOT u.retracted
            RETURNING u.liveblog_id, u.update_id, u.seq""";

    /**
     * A batch's updates with their tags edited, and the updates whose edits this batch changed (in
     * the order of their corrections) with their version and edits.
     */
    public record Prepared(List<EnrichedUpdate> updates, Map<LiveUpdateKey, Kept> corrected) {
    }

    /** The edits kept for one update, and the version of the last correction in them. */
    public record Kept(long version, TagEdits edits) {
    }

    /** Folds the batch's corrections into the kept ones and edits the tags of the batch's updates. */
    public Uni<Prepared> prepare(SqlConnection connection, List<EnrichedUpdate> updates, List<TagCorrection> corrections) {
        Set<LiveUpdateKey> keys = new LinkedHashSet<>();
        updates.forEach(u -> keys.add(new LiveUpdateKey(u.update().liveblogId(), u.update().id())));
        corrections.forEach(c -> keys.add(new LiveUpdateKey(c.liveblogId(), c.id())));
        if (keys.isEmpty()) {
            return Uni.createFrom().item(new Prepared(updates, Map.of()));
        }
        return connection.preparedQuery(KEPT).execute(keyColumns(keys)).chain(rows -> {
            Map<LiveUpdateKey, Kept> kept = kept(rows);
            Map<LiveUpdateKey, Kept> changed = fold(kept, corrections);
            kept.putAll(changed);
            List<EnrichedUpdate> edited = kept.isEmpty() ? updates : updates.stream().map(u -> edited(u, kept)).toList();
            Prepared prepared = new Prepared(edited, changed);
            return changed.isEmpty() ? Uni.createFrom().item(prepared)
                    : connection.preparedQuery(KEEP).execute(keepColumns(changed)).replaceWith(prepared);
        });
    }

    /**
     * Edits the stored, unretracted rows of the updates whose corrections changed, numbering the
     * due ones in the order of their corrections; returns how many were numbered.
     */
    public Uni<Integer> applyToStored(SqlConnection connection, Prepared prepared) {
        if (prepared.corrected().isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return connection.preparedQuery(STORED_TAGS).execute(keyColumns(prepared.corrected().keySet())).chain(rows -> {
            Map<LiveUpdateKey, String> stored = new HashMap<>();
            rows.forEach(row -> stored.put(new LiveUpdateKey(row.getString(0), row.getString(1)), row.getString(2)));
            List<String> blogs = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            List<Long> versions = new ArrayList<>();
            prepared.corrected().forEach((key, kept) -> {
                String found = stored.get(key);
                if (found != null) {
                    blogs.add(key.liveblogId);
                    ids.add(key.updateId);
                    tags.add(EventJson.write(kept.edits().applyTo(read(found, TagSet.class))));
                    versions.add(kept.version());
                }
            });
            if (blogs.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            return connection.preparedQuery(EDIT_STORED).execute(Tuple.of(blogs.toArray(String[]::new), ids.toArray(String[]::new),
                            tags.toArray(String[]::new), versions.toArray(Long[]::new), (long) blogs.size()))
                    .map(ChangeLog::numbered);
        });
    }

    /** The kept edits each correction changes, skipping those already applied (a redelivery). */
    private static Map<LiveUpdateKey, Kept> fold(Map<LiveUpdateKey, Kept> kept, List<TagCorrection> corrections) {
        Map<LiveUpdateKey, Kept> changed = new LinkedHashMap<>();
        for (TagCorrection c : corrections) {
            LiveUpdateKey key = new LiveUpdateKey(c.liveblogId(), c.id());
            Kept before = changed.getOrDefault(key, kept.getOrDefault(key, new Kept(0, TagEdits.NONE)));
            if (c.version() > before.version()) {
                changed.remove(key); // re-inserted last: the order is that of each update's last correction
                changed.put(key, new Kept(c.version(), before.edits().then(c)));
            }
        }
        return changed;
    }

    private static EnrichedUpdate edited(EnrichedUpdate update, Map<LiveUpdateKey, Kept> kept) {
        Kept edits = kept.get(new LiveUpdateKey(update.update().liveblogId(), update.update().id()));
        return edits == null ? update : new EnrichedUpdate(update.update(), edits.edits().applyTo(update.tags()), update.enrichedAt());
    }

    private static Map<LiveUpdateKey, Kept> kept(RowSet<Row> rows) {
        Map<LiveUpdateKey, Kept> kept = new HashMap<>();
        for (Row row : rows) {
            kept.put(new LiveUpdateKey(row.getString(0), row.getString(1)),
                    new Kept(row.getLong(2), read(row.getString(3), TagEdits.class)));
        }
        return kept;
    }

    private static Tuple keyColumns(Set<LiveUpdateKey> keys) {
        return Tuple.of(keys.stream().map(k -> k.liveblogId).toArray(String[]::new),
                keys.stream().map(k -> k.updateId).toArray(String[]::new));
    }

    private static Tuple keepColumns(Map<LiveUpdateKey, Kept> changed) {
        return Tuple.of(changed.keySet().stream().map(k -> k.liveblogId).toArray(String[]::new),
                changed.keySet().stream().map(k -> k.updateId).toArray(String[]::new),
                changed.values().stream().map(Kept::version).toArray(Long[]::new),
                changed.values().stream().map(k -> EventJson.write(k.edits())).toArray(String[]::new));
    }

    /** Stored JSON this service wrote itself: a failure to read it is a bug, not bad input. */
    private static <T> T read(String json, Class<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable", e);
        }
    }
}
