package io.liveline.feed.repository;

import io.liveline.events.LiveblogMetadata;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlResult;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Live blogs' own metadata in the store: applying a polled batch of {@code liveline.liveblogs}
 * records numbers its changes from the feed cursor in one transaction, as {@link ChangeLog} does
 * for updates; reading one blog's row serves its page.
 */
@ApplicationScoped
public class LiveblogRepository {

    /*
     * Insert, or overwrite only with a later change, so a redelivered record changes nothing and
     * returns no row. Two changes of one instant (two replicas of ingest at once) are told apart
     * by content, and the later on the topic wins, as it does on every ingest replica.
     */
    private static final String UPSERT = """
            INSERT INTO liveblog AS b (liveblog_id, title, description, state, opened_at, closed_at, changed_at)
            SELECT * FROM unnest(cast($1 as text[]), cast($2 as text[]), cast($3 as text[]), cast($4 as text[]),
                cast($5 as timestamptz[]), cast($6 as timestamptz[]), cast($7 as timestamptz[]))
            ON CONFLICT (liveblog_id) DO UPDATE SET title = EXCLUDED.title, description = EXCLUDED.description,
                state = EXCLUDED.state, opened_at = EXCLUDED.opened_at, closed_at = EXCLUDED.closed_at,
                changed_at = EXCLUDED.changed_at, seq = NULL
            WHERE b.changed_at < EXCLUDED.changed_at
               OR (b.changed_at = EXCLUDED.changed_at
                   AND (b.title, b.description, b.state, b.opened_at, b.closed_at)
                       IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.description, EXCLUDED.state, EXCLUDED.opened_at, EXCLUDED.closed_at))
            RETURNING b.liveblog_id""";

    /* One step of the feed cursor, taken last and held until commit: see ChangeLog and V2__commit_ordered_seq.sql. */
    private static final String NUMBER = """
            WITH next AS (UPDATE feed_cursor SET seq = seq + $2 RETURNING seq - $2 AS base)
            UPDATE liveblog b SET seq = next.base + c.position FROM next,
                unnest(cast($1 as text[])) WITH ORDINALITY AS c(liveblog_id, position)
            WHERE b.liveblog_id = c.liveblog_id AND b.seq IS NULL""";

    private static final String ONE = LiveblogEntity.COLUMNS + " WHERE liveblog_id = $1";

    private final Pool pool;

    public LiveblogRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Applies a batch of metadata records in one transaction and numbers the blogs it changed, in
     * batch order, with one step of the cursor. A change is activity of its blog: the blogs' rows
     * in {@code liveblog_activity} are locked first, as every writer of the feed does, and their
     * last activity moved, so a blog with metadata and no updates yet is listed. Returns how many
     * changes were numbered.
     */
    public Uni<Integer> apply(List<LiveblogMetadata> batch) {
        List<LiveblogMetadata> writes = lastPerBlog(batch);
        List<String> blogs = writes.stream().map(LiveblogMetadata::liveblogId).toList();
        return pool.withTransaction(connection -> LiveblogActivity.lock(connection, blogs)
                .chain(() -> connection.preparedQuery(UPSERT).execute(columns(writes)))
                .chain(applied -> {
                    List<String> changed = new ArrayList<>();
                    applied.forEach(row -> changed.add(row.getString(0)));
                    // The order of the batch, not of the rows returned.
                    List<LiveblogMetadata> ordered = writes.stream().filter(metadata -> changed.contains(metadata.liveblogId())).toList();
                    if (ordered.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    LiveblogActivity.Changes activity = new LiveblogActivity.Changes();
                    ordered.forEach(metadata -> activity.add(metadata.liveblogId(), false, false, metadata.changedAt()));
                    String[] ids = ordered.stream().map(LiveblogMetadata::liveblogId).toArray(String[]::new);
                    return activity.record(connection)
                            .chain(() -> connection.preparedQuery(NUMBER).execute(Tuple.of(ids, (long) ids.length)))
                            .map(SqlResult::rowCount);
                }));
    }

    /** The blog's metadata, or null when it has none. */
    public Uni<LiveblogEntity> find(String liveblogId) {
        return pool.preparedQuery(ONE).execute(Tuple.of(liveblogId)).map(rows -> {
            var iterator = rows.iterator();
            return iterator.hasNext() ? LiveblogEntity.from(iterator.next()) : null;
        });
    }

    /**
     * What applying the batch record by record would leave of each blog: its latest change (the
     * later record on a tie), placed where its last record was. A statement may touch a row once.
     */
    static List<LiveblogMetadata> lastPerBlog(List<LiveblogMetadata> batch) {
        Map<String, LiveblogMetadata> kept = new LinkedHashMap<>();
        for (LiveblogMetadata metadata : batch) {
            LiveblogMetadata before = kept.remove(metadata.liveblogId());
            kept.put(metadata.liveblogId(),
                    before == null || !metadata.changedAt().isBefore(before.changedAt()) ? metadata : before);
        }
        return List.copyOf(kept.values());
    }

    private static Tuple columns(List<LiveblogMetadata> batch) {
        int size = batch.size();
        String[] ids = new String[size];
        String[] titles = new String[size];
        String[] descriptions = new String[size];
        String[] states = new String[size];
        OffsetDateTime[] opened = new OffsetDateTime[size];
        OffsetDateTime[] closed = new OffsetDateTime[size];
        OffsetDateTime[] changed = new OffsetDateTime[size];
        for (int i = 0; i < size; i++) {
            LiveblogMetadata metadata = batch.get(i);
            ids[i] = metadata.liveblogId();
            titles[i] = metadata.title();
            descriptions[i] = metadata.description();
            states[i] = metadata.state().wireName();
            opened[i] = timestamp(metadata.openedAt());
            closed[i] = timestamp(metadata.closedAt());
            changed[i] = timestamp(metadata.changedAt());
        }
        return Tuple.from(List.of(ids, titles, descriptions, states, opened, closed, changed));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
