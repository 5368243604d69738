package io.liveline.feed.repository;

import io.liveline.events.EnrichedUpdate;
import io.liveline.events.EventJson;
import io.liveline.events.LiveUpdate;
import io.liveline.feed.mapping.FeedUpdate;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The feed's change log: applying an update numbers it as the next change, and the changes after
 * an id are read back in that order, by the live tail and by resuming streams.
 *
 * <p>These statements run for every event on every replica, so they go straight to the reactive
 * pool that Hibernate Reactive also uses, as prepared statements with positional parameters and
 * rows mapped by hand. Through Hibernate each run of a native query resolved its result mapping
 * and built entity initialisers afresh (C2 was still compiling those methods, at up to a second
 * each, a minute into a benchmark's load). Pages and single updates, read at a client's request,
 * stay with {@link LiveUpdateRepository}.
 */
@ApplicationScoped
public class ChangeLog {

    /*
     * Insert, or overwrite only with a higher version: a redelivered record or an older version
     * arriving late changes nothing and returns no row. A real change is then numbered by NUMBER
     * in the same transaction (see V2__commit_ordered_seq.sql for why not a sequence), unless it
     * is scheduled: it stays unnumbered, so unseen, until release numbers it.
     *
     * JSON parameters are bound as text and then cast: a parameter typed jsonb would receive the
     * Java string as a JSON string scalar.
     */
    private static final String APPLY = """
            INSERT INTO live_update AS u (liveblog_id, update_id, version, kind, pinned, headline, body_html, body_text,
                authors, tags, published_at, received_at, enriched_at, retracted)
            VALUES ($1, $2, $3, $4, $5, cast($6 as text), cast($7 as text), cast($8 as text),
                cast(cast($9 as text) as jsonb), cast(cast($10 as text) as jsonb), cast($11 as timestamptz),
                cast($12 as timestamptz), cast($13 as timestamptz), $14)
            ON CONFLICT (liveblog_id, update_id) DO UPDATE SET
                version = EXCLUDED.version, seq = NULL, kind = EXCLUDED.kind,
                pinned = EXCLUDED.pinned, headline = EXCLUDED.headline, body_html = EXCLUDED.body_html,
                body_text = EXCLUDED.body_text, authors = EXCLUDED.authors, tags = EXCLUDED.tags,
                published_at = COALESCE(EXCLUDED.published_at, u.published_at), received_at = EXCLUDED.received_at,
                enriched_at = EXCLUDED.enriched_at, retracted = EXCLUDED.retracted
            WHERE u.version < EXCLUDED.version
            RETURNING published_at IS NULL OR published_at <= now()""";

    /* Locks the feed cursor until commit, so ids become visible in increasing order. */
    private static final String NUMBER = """
            WITH next AS (UPDATE feed_cursor SET seq = seq + 1 RETURNING seq)
            UPDATE live_update u SET seq = next.seq FROM next
            WHERE u.liveblog_id = $1 AND u.update_id = $2 AND u.seq IS NULL
            RETURNING u.seq""";

    private static final String CHANGES = LiveUpdateRepository.COLUMNS + """

            WHERE seq > $1 AND (cast($2 as text) IS NULL OR liveblog_id = cast($2 as text))
            ORDER BY seq
            LIMIT $3""";

    private final Pool pool;

    public ChangeLog(Pool pool) {
        this.pool = pool;
    }

    /**
     * Applies an enriched update in a transaction of its own; the new seq, or null when the stored
     * version is already as new or the update is scheduled for later. The seq is taken last and
     * its lock held until commit.
     */
    public Uni<Long> apply(EnrichedUpdate enriched) {
        LiveUpdate update = enriched.update();
        Tuple values = Tuple.from(Arrays.asList(update.liveblogId(), update.id(), update.version(),
                FeedUpdate.kindName(update.kind()), update.pinned(), update.headline(), update.body(), update.text(),
                EventJson.write(update.authors()), EventJson.write(enriched.tags()), timestamp(update.publishedAt()),
                timestamp(update.receivedAt()), timestamp(enriched.enrichedAt()), update.isRetraction()));
        return pool.withTransaction(connection -> connection.preparedQuery(APPLY).execute(values)
                .chain(applied -> Boolean.TRUE.equals(first(applied, 0, Boolean.class))
                        ? number(connection, new LiveUpdateKey(update.liveblogId(), update.id()))
                        : Uni.createFrom().nullItem()));
    }

    /** Numbers a scheduled update that is now due, so it enters the change stream; null when another replica did it first. */
    public Uni<Long> release(LiveUpdateKey key) {
        return pool.withTransaction(connection -> number(connection, key));
    }

    /** The highest seq committed so far, or 0 on an empty feed. */
    public Uni<Long> lastSeq() {
        return pool.query("SELECT seq FROM feed_cursor").execute().map(rows -> first(rows, 0, Long.class));
    }

    /** Every row changed after {@code seq}, in change order, for one live blog or (null) all. */
    public Uni<List<LiveUpdateEntity>> after(String liveblogId, long seq, int limit) {
        return pool.preparedQuery(CHANGES).execute(Tuple.of(seq, liveblogId, limit)).map(rows -> {
            List<LiveUpdateEntity> changes = new ArrayList<>(rows.size());
            rows.forEach(row -> changes.add(entity(row)));
            return changes;
        });
    }

    private static Uni<Long> number(SqlConnection connection, LiveUpdateKey key) {
        return connection.preparedQuery(NUMBER).execute(Tuple.of(key.liveblogId, key.updateId))
                .map(rows -> first(rows, 0, Long.class));
    }

    private static <T> T first(RowSet<Row> rows, int column, Class<T> type) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? iterator.next().get(type, column) : null;
    }

    /** The columns of {@link LiveUpdateRepository#COLUMNS}, by name. */
    private static LiveUpdateEntity entity(Row row) {
        LiveUpdateEntity entity = new LiveUpdateEntity();
        entity.key = new LiveUpdateKey(row.getString("liveblog_id"), row.getString("update_id"));
        entity.version = row.getLong("version");
        entity.seq = row.getLong("seq");
        entity.kind = row.getString("kind");
        entity.pinned = row.getBoolean("pinned");
        entity.headline = row.getString("headline");
        entity.bodyHtml = row.getString("body_html");
        entity.bodyText = row.getString("body_text");
        entity.authors = row.getString("authors");
        entity.tags = row.getString("tags");
        entity.publishedAt = instant(row.getOffsetDateTime("published_at"));
        entity.receivedAt = instant(row.getOffsetDateTime("received_at"));
        entity.enrichedAt = instant(row.getOffsetDateTime("enriched_at"));
        entity.retracted = row.getBoolean("retracted");
        return entity;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
