package io.liveline.feed.repository;

import io.liveline.events.EnrichedUpdate;
import io.liveline.events.EventJson;
import io.liveline.events.LiveUpdate;
import io.liveline.events.TagCorrection;
import io.liveline.feed.correction.TagCorrections;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The feed's change log: applying a batch of updates numbers its changes as the next ones, in
 * one transaction and one step of the cursor, and the changes after an id are read back in that
 * order, by the live tail and by resuming streams.
 *
 * <p>Pages and single updates, read at a client's request, are {@link LiveUpdateRepository}'s;
 * both are prepared statements on the one reactive pool, with rows mapped by hand.
 */
@ApplicationScoped
public class ChangeLog {

    /*
     * One statement for a whole batch: the rows come in as one array per column. Insert, or
     * overwrite only with a higher version, so a redelivered record or an older version arriving
     * late changes nothing and returns no row. A retraction is final: once a row is retracted no
     * later write changes it, whatever its version (re-publishing takes a new id); a retraction
     * itself wins over any version that is not retracted, and the row keeps the higher version.
     * A statement may touch each row only once, so a batch carries at most one write per update.
     * Each applied row also says whether readers saw it before (visible_before reads the rows as
     * they were when the statement began, which the live blogs' lock keeps true): counts change
     * by what the batch did.
     *
     * The same statement numbers the changes: one step of the feed cursor for the whole batch,
     * each due row taking base + its position in the batch, so ids follow the batch order (a row
     * that changes nothing leaves a gap, which readers of "seq > n" never notice). The cursor row
     * stays locked until commit, so ids become visible in increasing order whichever replica
     * writes (see V2__commit_ordered_seq.sql for why not a sequence). Numbering in the write
     * rather than in a second UPDATE matters: seq is indexed, so that UPDATE wrote every row of
     * the batch and all its index entries a second time. A row not yet due stays unnumbered; an
     * edit that gives no time keeps the stored one, and with it the row's schedule.
     *
     * JSON columns are bound as text and then cast: a parameter typed jsonb would receive the
     * Java string as a JSON string scalar.
     */
    private static final String APPLY = """
            WITH next AS (UPDATE feed_cursor SET seq = seq + $15 RETURNING seq - $15 AS base),
            b AS (SELECT * FROM unnest(cast($1 as text[]), cast($2 as text[]), cast($3 as bigint[]), cast($4 as text[]),
                    cast($5 as boolean[]), cast($6 as text[]), cast($7 as text[]), cast($8 as text[]), cast($9 as text[]),
                    cast($10 as text[]), cast($11 as timestamptz[]), cast($12 as timestamptz[]), cast($13 as timestamptz[]),
                    cast($14 as boolean[]))
                WITH ORDINALITY AS b(liveblog_id, update_id, version, kind, pinned, headline, body_html, body_text, authors,
                     tags, published_at, received_at, enriched_at, retracted, position)),
            visible_before AS (SELECT u.liveblog_id, u.update_id FROM live_update u JOIN b USING (liveblog_id, update_id)
                WHERE u.seq IS NOT NULL AND NOT u.retracted),
            applied AS (
                INSERT INTO live_update AS u (liveblog_id, update_id, version, seq, kind, pinned, headline, body_html, body_text,
                    authors, tags, published_at, received_at, enriched_at, retracted)
                SELECT b.liveblog_id, b.update_id, b.version,
                    CASE WHEN b.published_at IS NULL OR b.published_at <= now() THEN next.base + b.position END,
                    b.kind, b.pinned, b.headline, b.body_html, b.body_text,
                    cast(b.authors as jsonb), cast(b.tags as jsonb), b.published_at, b.received_at, b.enriched_at, b.retracted
                FROM next, b
                ON CONFLICT (liveblog_id, update_id) DO UPDATE SET
                    version = GREATEST(u.version, EXCLUDED.version),
                    seq = CASE WHEN EXCLUDED.published_at IS NULL AND u.published_at > now() THEN NULL ELSE EXCLUDED.seq END,
                    kind = EXCLUDED.kind, pinned = EXCLUDED.pinned, headline = EXCLUDED.headline,
                    body_html = EXCLUDED.body_html, body_text = EXCLUDED.body_text, authors = EXCLUDED.authors,
                    tags = EXCLUDED.tags, published_at = COALESCE(EXCLUDED.published_at, u.published_at),
                    received_at = EXCLUDED.received_at, enriched_at = EXCLUDED.enriched_at, retracted = EXCLUDED.retracted
                WHERE NOT u.retracted AND (u.version < EXCLUDED.version OR EXCLUDED.retracted)
                RETURNING u.liveblog_id, u.update_id, u.seq, u.retracted)
            SELECT a.liveblog_id, a.update_id, a.seq, a.retracted, v.update_id IS NOT NULL
            FROM applied a LEFT JOIN visible_before v USING (liveblog_id, update_id)""";

    /* Numbers one released update; its row is locked by the cursor step's transaction until commit. */
    private static final String NUMBER = """
            WITH next AS (UPDATE feed_cursor SET seq = seq + 1 RETURNING seq)
            UPDATE live_update u SET seq = next.seq FROM next
            WHERE u.liveblog_id = $1 AND u.update_id = $2 AND u.seq IS NULL
            RETURNING u.seq, u.retracted, u.published_at""";

    private static final String CHANGES = LiveUpdateRepository.COLUMNS + """

            WHERE seq > $1 AND (cast($2 as text) IS NULL OR liveblog_id = cast($2 as text))
            ORDER BY seq
            LIMIT $3""";

    private static final String LIVEBLOG_CHANGES = LiveblogEntity.COLUMNS + """

            WHERE seq > $1 AND (cast($2 as text) IS NULL OR liveblog_id = cast($2 as text))
            ORDER BY seq
            LIMIT $3""";

    /*
     * Updates and live blogs are read in one snapshot: with a snapshot per statement, a change
     * committed between the two reads could be seen in the second table while an older id of the
     * first, committed at the same moment, is not, and a stream would move past that id for good.
     */
    private static final String ONE_SNAPSHOT = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";

    private final Pool pool;
    private final TagCorrections corrections;

    public ChangeLog(Pool pool, TagCorrections corrections) {
        this.pool = pool;
        this.corrections = corrections;
    }

    /**
     * Applies a batch of enriched updates in one transaction and numbers the changes that are due,
     * in batch order, with one step of the cursor, held until commit. The batch's live blogs are
     * locked first and their counts and activity changed once each, in the same transaction. With
     * them go the batch's editors' tag corrections: folded into the kept ones and applied to the
     * updates before the upsert, and to the stored rows they name after it, which then take ids
     * after the batch's (a second step of the cursor in the same transaction; a correction changes
     * no count or activity). Returns how many changes were numbered.
     */
    public Uni<Integer> apply(List<EnrichedUpdate> batch, List<TagCorrection> tagCorrections) {
        List<EnrichedUpdate> writes = oneWritePerUpdate(batch);
        return pool.withTransaction(connection -> LiveblogActivity.lock(connection, liveblogs(writes))
                .chain(() -> corrections.prepare(connection, writes, tagCorrections))
                .chain(prepared -> (prepared.updates().isEmpty() ? Uni.createFrom().item(0)
                                : connection.preparedQuery(APPLY).execute(columns(prepared.updates()))
                                        .call(applied -> activity(prepared.updates(), applied).record(connection))
                                        .map(ChangeLog::numbered))
                        .chain(numbered -> corrections.applyToStored(connection, prepared).map(edited -> numbered + edited))));
    }

    /**
     * What applying the batch record by record would leave of each update: a retraction if there is
     * one, else the highest version; placed where the update's last record was, so that the order
     * of the remaining changes is the order of their last records.
     */
    static List<EnrichedUpdate> oneWritePerUpdate(List<EnrichedUpdate> batch) {
        Map<LiveUpdateKey, EnrichedUpdate> kept = new LinkedHashMap<>();
        for (EnrichedUpdate enriched : batch) {
            LiveUpdate update = enriched.update();
            LiveUpdateKey key = new LiveUpdateKey(update.liveblogId(), update.id());
            EnrichedUpdate before = kept.remove(key);
            kept.put(key, before == null || wins(enriched.update(), before.update()) ? enriched : before);
        }
        return kept.size() == batch.size() ? batch : List.copyOf(kept.values());
    }

    private static boolean wins(LiveUpdate later, LiveUpdate earlier) {
        if (earlier.isRetraction() != later.isRetraction()) {
            return later.isRetraction();
        }
        return later.version() > earlier.version();
    }

    /**
     * Numbers a scheduled update that is now due, so it enters the change stream and its live
     * blog's count; null when another replica did it first.
     */
    public Uni<Long> release(LiveUpdateKey key) {
        return pool.withTransaction(connection -> LiveblogActivity.lock(connection, List.of(key.liveblogId))
                .chain(() -> connection.preparedQuery(NUMBER).execute(Tuple.of(key.liveblogId, key.updateId)))
                .call(rows -> {
                    LiveblogActivity.Changes changes = new LiveblogActivity.Changes();
                    for (Row row : rows) {
                        changes.add(key.liveblogId, false, !row.getBoolean(1), row.getOffsetDateTime(2).toInstant());
                    }
                    return changes.record(connection);
                })
                .map(rows -> first(rows, 0, Long.class)));
    }

    /** The highest seq committed so far, or 0 on an empty feed. */
    public Uni<Long> lastSeq() {
        return pool.query("SELECT seq FROM feed_cursor").execute().map(rows -> first(rows, 0, Long.class));
    }

    /**
     * Every row changed after {@code seq}, updates and live blogs' metadata, in change order, for
     * one live blog or (null) all; at most {@code limit}, so fewer means there are no more yet.
     */
    public Uni<List<StoredChange>> after(String liveblogId, long seq, int limit) {
        Tuple parameters = Tuple.of(seq, liveblogId, limit);
        return pool.withTransaction(connection -> connection.query(ONE_SNAPSHOT).execute()
                .chain(() -> connection.preparedQuery(CHANGES).execute(parameters))
                .map(rows -> LiveUpdateRepository.list(rows, LiveUpdateEntity::from))
                .chain(updates -> connection.preparedQuery(LIVEBLOG_CHANGES).execute(parameters)
                        .map(rows -> inChangeOrder(updates, LiveUpdateRepository.list(rows, LiveblogEntity::from), limit))));
    }

    /** The first {@code limit} of two lists each in seq order: each holds all of its own among them. */
    static List<StoredChange> inChangeOrder(List<? extends StoredChange> updates, List<? extends StoredChange> liveblogs, int limit) {
        List<StoredChange> merged = new ArrayList<>(Math.min(limit, updates.size() + liveblogs.size()));
        int u = 0;
        int b = 0;
        while (merged.size() < limit && (u < updates.size() || b < liveblogs.size())) {
            if (b == liveblogs.size() || (u < updates.size() && updates.get(u).seq() < liveblogs.get(b).seq())) {
                merged.add(updates.get(u++));
            } else {
                merged.add(liveblogs.get(b++));
            }
        }
        return merged;
    }

    /** What the applied rows did to each live blog's count and activity: a numbered row reached readers. */
    private static LiveblogActivity.Changes activity(List<EnrichedUpdate> batch, RowSet<Row> applied) {
        Map<LiveUpdateKey, Instant> received = new HashMap<>();
        for (EnrichedUpdate enriched : batch) {
            received.put(new LiveUpdateKey(enriched.update().liveblogId(), enriched.update().id()), enriched.update().receivedAt());
        }
        LiveblogActivity.Changes changes = new LiveblogActivity.Changes();
        for (Row row : applied) {
            LiveUpdateKey key = new LiveUpdateKey(row.getString(0), row.getString(1));
            boolean numbered = row.getLong(2) != null;
            changes.add(key.liveblogId, row.getBoolean(4), numbered && !row.getBoolean(3), numbered ? received.get(key) : null);
        }
        return changes;
    }

    private static Set<String> liveblogs(List<EnrichedUpdate> batch) {
        Set<String> blogs = new HashSet<>();
        batch.forEach(enriched -> blogs.add(enriched.update().liveblogId()));
        return blogs;
    }

    /** How many of the rows a statement changed were numbered ({@code RETURNING liveblog_id, update_id, seq, ...}; the others are scheduled for later). */
    public static int numbered(RowSet<Row> applied) {
        int numbered = 0;
        for (Row row : applied) {
            if (row.getLong(2) != null) {
                numbered++;
            }
        }
        return numbered;
    }

    private static Tuple columns(List<EnrichedUpdate> batch) {
        int size = batch.size();
        String[] blogs = new String[size];
        String[] ids = new String[size];
        Long[] versions = new Long[size];
        String[] kinds = new String[size];
        Boolean[] pinned = new Boolean[size];
        String[] headlines = new String[size];
        String[] bodies = new String[size];
        String[] texts = new String[size];
        String[] authors = new String[size];
        String[] tags = new String[size];
        OffsetDateTime[] published = new OffsetDateTime[size];
        OffsetDateTime[] received = new OffsetDateTime[size];
        OffsetDateTime[] enrichedAt = new OffsetDateTime[size];
        Boolean[] retracted = new Boolean[size];
        for (int i = 0; i < size; i++) {
            EnrichedUpdate enriched = batch.get(i);
            LiveUpdate update = enriched.update();
            blogs[i] = update.liveblogId();
            ids[i] = update.id();
            versions[i] = update.version();
            kinds[i] = update.kind().wireName();
            pinned[i] = update.pinned();
            headlines[i] = update.headline();
            bodies[i] = update.body();
            texts[i] = update.text();
            authors[i] = EventJson.write(update.authors());
            tags[i] = EventJson.write(enriched.tags());
            published[i] = timestamp(update.publishedAt());
            received[i] = timestamp(update.receivedAt());
            enrichedAt[i] = timestamp(enriched.enrichedAt());
            retracted[i] = update.isRetraction();
        }
        return Tuple.from(List.of(blogs, ids, versions, kinds, pinned, headlines, bodies, texts, authors, tags,
                published, received, enrichedAt, retracted, (long) size));
    }

    private static <T> T first(RowSet<Row> rows, int column, Class<T> type) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? iterator.next().get(type, column) : null;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
