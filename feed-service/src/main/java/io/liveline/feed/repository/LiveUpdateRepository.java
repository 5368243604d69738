package io.liveline.feed.repository;

import io.liveline.feed.service.PageCursor;
import io.liveline.feed.service.TagFilter;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Stored live updates as clients ask for them: pages, single updates, live blogs; the feed's changes are {@link ChangeLog}'s. */
@ApplicationScoped
public class LiveUpdateRepository implements PanacheRepositoryBase<LiveUpdateEntity, LiveUpdateKey> {

    /*
     * Rows are always read with the jsonb columns cast to text: the entity keeps them as JSON text
     * and the mapping parses them with the wire contract's mapper.
     */
    static final String COLUMNS = """
            SELECT liveblog_id, update_id, version, seq, kind, pinned, headline, body_html, body_text,
                   authors::text AS authors, tags::text AS tags, published_at, received_at, enriched_at, retracted
            FROM live_update""";

    private static final String PAGE = COLUMNS + """

            WHERE liveblog_id = :liveblogId AND seq IS NOT NULL AND NOT retracted AND tags @> cast(cast(:tags as text) as jsonb)
              AND (cast(:beforeTime as timestamptz) IS NULL
                   OR (published_at, update_id) < (cast(:beforeTime as timestamptz), cast(:beforeId as text)))
            ORDER BY published_at DESC, update_id DESC
            LIMIT :limit""";

    /** Visible updates of a live blog, newest first, after the cursor when one is given. */
    public Uni<List<LiveUpdateEntity>> page(String liveblogId, TagFilter filter, PageCursor before, int limit) {
        return getSession().chain(session -> session.createNativeQuery(PAGE, LiveUpdateEntity.class)
                .setParameter("liveblogId", liveblogId)
                .setParameter("tags", filter.containmentJson())
                .setParameter("beforeTime", before == null ? null : before.publishedAt())
                .setParameter("beforeId", before == null ? null : before.updateId())
                .setParameter("limit", limit)
                .getResultList());
    }

    /** The update, retracted or not, unless it does not exist or is not yet due (then null). */
    public Uni<LiveUpdateEntity> find(String liveblogId, String updateId) {
        return getSession().chain(session -> session.createNativeQuery(COLUMNS + """

                        WHERE liveblog_id = :liveblogId AND update_id = :updateId AND seq IS NOT NULL""", LiveUpdateEntity.class)
                .setParameter("liveblogId", liveblogId)
                .setParameter("updateId", updateId)
                .getSingleResultOrNull());
    }

    /** Keys of scheduled updates that are now due, earliest first. */
    public Uni<List<LiveUpdateKey>> due(int limit) {
        return getSession().chain(session -> session.createNativeQuery("""
                        SELECT liveblog_id, update_id FROM live_update WHERE seq IS NULL AND published_at <= now()
                        ORDER BY published_at LIMIT :limit""", Object[].class)
                .setParameter("limit", limit)
                .getResultList()
                .map(rows -> rows.stream().map(row -> new LiveUpdateKey((String) row[0], (String) row[1])).toList()));
    }

    public Uni<List<LiveblogSummary>> liveblogs() {
        return getSession().chain(session -> session.createNativeQuery("""
                        SELECT liveblog_id, COUNT(*) FILTER (WHERE NOT retracted), MAX(received_at)
                        FROM live_update WHERE seq IS NOT NULL GROUP BY liveblog_id ORDER BY MAX(received_at) DESC""", Object[].class)
                .getResultList()
                .map(rows -> rows.stream().map(LiveblogSummary::fromRow).toList()));
    }
}
