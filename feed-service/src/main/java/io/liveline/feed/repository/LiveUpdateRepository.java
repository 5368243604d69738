package io.liveline.feed.repository;

import io.liveline.feed.query.PageCursor;
import io.liveline.feed.query.TagFilter;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Stored live updates as clients ask for them: pages, single updates, live blogs; the feed's changes are {@link ChangeLog}'s. */
@ApplicationScoped
public class LiveUpdateRepository {

    /*
     * Rows are always read with the jsonb columns cast to text: the entity keeps them as JSON text
     * and the mapping parses them with the wire contract's mapper.
     */
    static final String COLUMNS = """
            SELECT liveblog_id, update_id, version, seq, kind, pinned, headline, body_html, body_text,
                   authors::text AS authors, tags::text AS tags, published_at, received_at, enriched_at, retracted
            FROM live_update""";

    /* The filter is bound as text and then cast: a parameter typed jsonb would take the string as a JSON string scalar. */
    private static final String PAGE = COLUMNS + """

            WHERE liveblog_id = $1 AND seq IS NOT NULL AND NOT retracted AND tags @> cast(cast($2 as text) as jsonb)
              AND (cast($4 as float8) IS NULL
                   OR jsonb_path_exists(tags, '$.topics[*] ? (@.code == $code && @.score >= $min)',
                          jsonb_build_object('code', cast($3 as text), 'min', cast($4 as float8))))
              AND (cast($5 as timestamptz) IS NULL
                   OR (published_at, update_id) < (cast($5 as timestamptz), cast($6 as text)))
            ORDER BY published_at DESC, update_id DESC
            LIMIT $7""";

    private static final String ONE = COLUMNS + """

            WHERE liveblog_id = $1 AND update_id = $2 AND seq IS NOT NULL""";

    private static final String DUE = """
            SELECT liveblog_id, update_id FROM live_update WHERE seq IS NULL AND published_at <= now()
            ORDER BY published_at LIMIT $1""";

    private static final String LIVEBLOGS = """
            SELECT liveblog_id, COUNT(*) FILTER (WHERE NOT retracted), MAX(received_at)
            FROM live_update WHERE seq IS NOT NULL GROUP BY liveblog_id ORDER BY MAX(received_at) DESC""";

    private final Pool pool;

    public LiveUpdateRepository(Pool pool) {
        this.pool = pool;
    }

    /** Visible updates of a live blog, newest first, after the cursor when one is given. */
    public Uni<List<LiveUpdateEntity>> page(String liveblogId, TagFilter filter, PageCursor before, int limit) {
        Tuple parameters = Tuple.from(Arrays.asList(liveblogId, filter.containmentJson(), filter.topic(), filter.minScore(),
                before == null ? null : before.publishedAt().atOffset(ZoneOffset.UTC), before == null ? null : before.updateId(), limit));
        return pool.preparedQuery(PAGE).execute(parameters).map(rows -> list(rows, LiveUpdateEntity::from));
    }

    /** The update, retracted or not, unless it does not exist or is not yet due (then null). */
    public Uni<LiveUpdateEntity> find(String liveblogId, String updateId) {
        return pool.preparedQuery(ONE).execute(Tuple.of(liveblogId, updateId)).map(rows -> {
            var iterator = rows.iterator();
            return iterator.hasNext() ? LiveUpdateEntity.from(iterator.next()) : null;
        });
    }

    /** Keys of scheduled updates that are now due, earliest first. */
    public Uni<List<LiveUpdateKey>> due(int limit) {
        return pool.preparedQuery(DUE).execute(Tuple.of(limit))
                .map(rows -> list(rows, row -> new LiveUpdateKey(row.getString(0), row.getString(1))));
    }

    public Uni<List<LiveblogSummary>> liveblogs() {
        return pool.query(LIVEBLOGS).execute().map(rows -> list(rows, LiveblogSummary::from));
    }

    static <T> List<T> list(RowSet<Row> rows, Function<Row, T> map) {
        List<T> list = new ArrayList<>(rows.size());
        rows.forEach(row -> list.add(map.apply(row)));
        return list;
    }
}
