package io.liveline.feed.repository;

import io.liveline.feed.query.PageCursor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The live blogs, most recently active first, read from the counts the writer keeps
 * ({@code liveblog_activity}): one index range per page, however many updates are stored.
 */
@ApplicationScoped
public class LiveblogIndex {

    private final Pool pool;

    public LiveblogIndex(Pool pool) {
        this.pool = pool;
    }

    /**
     * A page of live blogs whose id starts with {@code prefix} (all when null), after the cursor's
     * live blog when one is given.
     */
    public Uni<List<LiveblogSummary>> recent(String prefix, PageCursor before, int limit) {
        Statement query = new Statement("SELECT liveblog_id, updates, last_activity FROM liveblog_activity")
                .and("last_activity IS NOT NULL");
        if (prefix != null) {
            query.and("liveblog_id LIKE " + query.bind(likePrefix(prefix)) + " ESCAPE '\\'");
        }
        if (before != null) {
            query.and("(last_activity, liveblog_id) < (" + query.bind(before.at().atOffset(ZoneOffset.UTC)) + ", "
                    + query.bind(before.liveblogId()) + ")");
        }
        query.append("ORDER BY last_activity DESC, liveblog_id DESC LIMIT " + query.bind(limit));
        return pool.preparedQuery(query.sql()).execute(query.values())
                .map(rows -> LiveUpdateRepository.list(rows, LiveblogSummary::from));
    }

    /** The LIKE pattern of ids starting with {@code prefix}, its own {@code %}, {@code _} and {@code \} taken literally. */
    static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
