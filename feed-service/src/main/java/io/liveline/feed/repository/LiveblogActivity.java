package io.liveline.feed.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each live blog's count of visible updates and last activity ({@code liveblog_activity}), kept in
 * the transaction of every change by {@link ChangeLog}: locked first, then changed once per blog
 * with what the transaction did to that blog's updates.
 */
final class LiveblogActivity {

    /*
     * Locks the rows of the blogs, creating the missing ones, in id order so that two writers
     * never wait on each other in a circle. Every writer of a blog's updates takes this lock
     * before it reads them, so what it reads stays true until it commits.
     */
    private static final String LOCK = """
            INSERT INTO liveblog_activity AS a (liveblog_id)
            SELECT DISTINCT b FROM unnest(cast($1 as text[])) AS b ORDER BY 1
            ON CONFLICT (liveblog_id) DO UPDATE SET updates = a.updates""";

    /* GREATEST ignores a null: a blog whose only changes are still scheduled keeps its activity time. */
    private static final String RECORD = """
            UPDATE liveblog_activity a SET updates = a.updates + d.delta, last_activity = GREATEST(a.last_activity, d.changed_at)
            FROM unnest(cast($1 as text[]), cast($2 as bigint[]), cast($3 as timestamptz[])) AS d(liveblog_id, delta, changed_at)
            WHERE a.liveblog_id = d.liveblog_id""";

    private LiveblogActivity() {
    }

    static Uni<Void> lock(SqlConnection connection, Collection<String> liveblogIds) {
        return connection.preparedQuery(LOCK).execute(Tuple.of(liveblogIds.toArray(String[]::new))).replaceWithVoid();
    }

    /** What one transaction did to its blogs, summed per blog before it is written. */
    static final class Changes {

        private final Map<String, long[]> deltas = new TreeMap<>();
        private final Map<String, Instant> changedAt = new TreeMap<>();

        /**
         * One applied change of an update.
         *
         * @param visibleBefore whether the update was counted before (numbered and not retracted)
         * @param visibleAfter whether it is counted after
         * @param at when the change reached readers, or null when it did not (still scheduled)
         */
        void add(String liveblogId, boolean visibleBefore, boolean visibleAfter, Instant at) {
            deltas.computeIfAbsent(liveblogId, id -> new long[1])[0] += (visibleAfter ? 1 : 0) - (visibleBefore ? 1 : 0);
            if (at != null) {
                changedAt.merge(liveblogId, at, (a, b) -> a.isAfter(b) ? a : b);
            }
        }

        Uni<Void> record(SqlConnection connection) {
            if (deltas.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            List<String> blogs = List.copyOf(deltas.keySet());
            Long[] counts = blogs.stream().map(blog -> deltas.get(blog)[0]).toArray(Long[]::new);
            OffsetDateTime[] times = blogs.stream().map(changedAt::get)
                    .map(at -> at == null ? null : at.atOffset(ZoneOffset.UTC)).toArray(OffsetDateTime[]::new);
            return connection.preparedQuery(RECORD).execute(Tuple.of(blogs.toArray(String[]::new), counts, times))
                    .replaceWithVoid();
        }
    }
}
