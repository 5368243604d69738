package io.liveline.feed.repository;

import io.liveline.feed.config.FeedConfig;
import io.liveline.feed.query.PageCursor;
import io.liveline.feed.query.TagFilter;
import io.liveline.feed.query.UpdateOrder;
import io.liveline.feed.query.UpdateQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Stored live updates as clients ask for them: pages, single updates, live blogs; the feed's changes are {@link ChangeLog}'s. */
@ApplicationScoped
public class LiveUpdateRepository {

    /*
     * Rows are always read with the jsonb columns cast to text: the entity keeps them as JSON text
     * and the mapping parses them with the wire contract's mapper.
     */
    static final String SELECT_LIST = """
            liveblog_id, update_id, version, seq, kind, pinned, headline, body_html, body_text,
                   authors::text AS authors, tags::text AS tags, published_at, received_at, enriched_at, retracted""";

    static final String COLUMNS = "SELECT " + SELECT_LIST + "\nFROM live_update";

    /* A search as the FROM item q; its rank orders by relevance and is part of that order's cursor. */
    private static final String RANK = "ts_rank(search_vector, q)";

    private static final String ONE = COLUMNS + """

            WHERE liveblog_id = $1 AND update_id = $2 AND seq IS NOT NULL""";

    private static final String DUE = """
            SELECT liveblog_id, update_id FROM live_update WHERE seq IS NULL AND published_at <= now()
            ORDER BY published_at LIMIT $1""";

    private final Pool pool;
    private final String searchConfig;

    public LiveUpdateRepository(Pool pool, FeedConfig config) {
        this.pool = pool;
        this.searchConfig = config.searchConfig();
    }

    /**
     * A page of visible updates (numbered, not retracted) the query selects, in its order, after
     * the cursor when one is given. The tag filter is bound as text and then cast: a parameter
     * typed jsonb would take the string as a JSON string scalar.
     */
    public Uni<List<LiveUpdateEntity>> page(UpdateQuery query, PageCursor before, int limit) {
        boolean relevance = query.order() == UpdateOrder.RELEVANCE;
        Statement sql = new Statement("SELECT " + SELECT_LIST + (relevance ? ", " + RANK + " AS rank" : "") + " FROM live_update");
        if (query.search() != null) {
            sql.append(", to_tsquery(cast(" + sql.bind(searchConfig) + " as regconfig), " + sql.bind(query.search().tsquery()) + ") AS q");
        }
        sql.and("seq IS NOT NULL").and("NOT retracted");
        if (query.liveblogId() != null) {
            sql.and("liveblog_id = " + sql.bind(query.liveblogId()));
        }
        if (query.search() != null) {
            sql.and("search_vector @@ q");
        }
        TagFilter filter = query.filter();
        if (!filter.isEmpty()) {
            String tags = "tags @> cast(cast(" + sql.bind(filter.containmentJson()) + " as text) as jsonb)";
            // In one live blog, walking its page index with the filter costs at most the blog's size; through
            // the tags' GIN index, a common entity means sorting every match in the blog (bench/README).
            sql.and(query.liveblogId() == null ? tags : "(" + tags + ") IS TRUE");
        }
        if (filter.minScore() != null) {
            sql.and("jsonb_path_exists(tags, '$.topics[*] ? (@.code == $code && @.score >= $min)', jsonb_build_object('code', cast("
                    + sql.bind(filter.topic()) + " as text), 'min', cast(" + sql.bind(filter.minScore()) + " as float8)))");
        }
        if (query.kind() != null) {
            sql.and("kind = " + sql.bind(query.kind().wireName()));
        }
        if (query.pinned() != null) {
            sql.and("pinned = " + sql.bind(query.pinned()));
        }
        if (before != null) {
            sql.and(after(sql, query, before));
        }
        // In one live blog, the order of its page index; across live blogs, the blog's id breaks ties.
        sql.append("ORDER BY " + (relevance ? RANK + " DESC, " : "") + "published_at DESC, "
                + (query.liveblogId() == null ? "liveblog_id DESC, " : "") + "update_id DESC");
        sql.append("LIMIT " + sql.bind(limit));
        return pool.preparedQuery(sql.sql()).execute(sql.values()).map(rows -> list(rows, LiveUpdateEntity::from));
    }

    /** The rows after the cursor, as a row comparison matching the order's index columns. */
    private static String after(Statement sql, UpdateQuery query, PageCursor before) {
        String at = sql.bind(before.at().atOffset(ZoneOffset.UTC));
        if (query.order() == UpdateOrder.RELEVANCE) {
            return "(" + RANK + ", published_at, liveblog_id, update_id) < (cast(" + sql.bind(before.rank()) + " as real), " + at
                    + ", " + sql.bind(before.liveblogId()) + ", " + sql.bind(before.updateId()) + ")";
        }
        if (query.liveblogId() != null) {
            return "(published_at, update_id) < (" + at + ", " + sql.bind(before.updateId()) + ")";
        }
        return "(published_at, liveblog_id, update_id) < (" + at + ", " + sql.bind(before.liveblogId()) + ", "
                + sql.bind(before.updateId()) + ")";
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

    static <T> List<T> list(RowSet<Row> rows, Function<Row, T> map) {
        List<T> list = new ArrayList<>(rows.size());
        rows.forEach(row -> list.add(map.apply(row)));
        return list;
    }
}
