package io.liveline.feed.repository;

import io.liveline.feed.query.PageCursor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The live blogs, most recently active first, read from the counts the writer keeps
 * ({@code liveblog_activity}) with each blog's metadata ({@code liveblog}) when it has any: one
 * index range per page, however many updates are stored.
 */
@ApplicationScoped
public class LiveblogIndex {

    private static final String METADATA = "b.title, b.description, b.state, b.opened_at, b.closed_at";

    /*
     * A blog with metadata has an activity row too (LiveblogRepository keeps it), but the join
     * stays full: a blog is found by either side, and 404 is for a blog that neither knows.
     */
    private static final String ONE = "SELECT COALESCE(a.liveblog_id, b.liveblog_id) AS liveblog_id, " + METADATA
            + ", COALESCE(a.updates, 0) AS updates, a.last_activity"
            + " FROM (SELECT * FROM liveblog_activity WHERE liveblog_id = $1) a"
            + " FULL JOIN (SELECT * FROM liveblog WHERE liveblog_id = $1) b ON a.liveblog_id = b.liveblog_id";

    private final Pool pool;

    public LiveblogIndex(Pool pool) {
        this.pool = pool;
    }

    /**
     * A page of live blogs whose id starts with {@code prefix} (all when null), after the cursor's
     * live blog when one is given.
     */
    public Uni<List<LiveblogSummary>> recent(String prefix, PageCursor before, int limit) {
        Statement query = new Statement("SELECT a.liveblog_id, " + METADATA + ", a.updates, a.last_activity"
                + " FROM liveblog_activity a LEFT JOIN liveblog b ON b.liveblog_id = a.liveblog_id")
                .and("a.last_activity IS NOT NULL");
        if (prefix != null) {
            query.and("a.liveblog_id LIKE " + query.bind(likePrefix(prefix)) + " ESCAPE '\\'");
        }
        if (before != null) {
            query.and("(a.last_activity, a.liveblog_id) < (" + query.bind(before.at().atOffset(ZoneOffset.UTC)) + ", "
                    + query.bind(before.liveblogId()) + ")");
        }
        query.append("ORDER BY a.last_activity DESC, a.liveblog_id DESC LIMIT " + query.bind(limit));
        return pool.preparedQuery(query.sql()).execute(query.values())
                .map(rows -> LiveUpdateRepository.list(rows, LiveblogSummary::from));
    }

    /** One live blog's counts and metadata, or null when it has neither updates nor metadata. */
    public Uni<LiveblogSummary> one(String liveblogId) {
        return pool.preparedQuery(ONE).execute(Tuple.of(liveblogId)).map(rows -> {
            var iterator = rows.iterator();
            return iterator.hasNext() ? LiveblogSummary.from(iterator.next()) : null;
        });
    }

    /** The LIKE pattern of ids starting with {@code prefix}, its own {@code %}, {@code _} and {@code \} taken literally. */
    static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
