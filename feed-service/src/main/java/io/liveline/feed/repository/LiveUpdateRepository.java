package io.liveline.feed.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.liveline.events.EnrichedUpdate;
import io.liveline.events.EventJson;
import io.liveline.events.LiveUpdate;
import io.liveline.feed.mapping.FeedUpdate;
import io.liveline.feed.service.PageCursor;
import io.liveline.feed.service.TagFilter;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Stored live updates: order-safe writes, and the reads of pages, single updates and change streams. */
@ApplicationScoped
public class LiveUpdateRepository implements PanacheRepositoryBase<LiveUpdateEntity, LiveUpdateKey> {

    /*
     * JSON parameters are bound as text and then cast: a parameter typed jsonb would receive the
     * Java string as a JSON string scalar.
     *
     * Insert, or overwrite only with a higher version: a redelivered record or an older version
     * arriving late changes nothing and returns no row. A real change is then numbered by NUMBER
     * in the same transaction (see V2__commit_ordered_seq.sql for why not a sequence), unless it
     * is scheduled: it stays unnumbered, so unseen, until releaseDue numbers it.
     */
    private static final String APPLY = """
            INSERT INTO live_update AS u (liveblog_id, update_id, version, kind, pinned, headline, body_html, body_text,
                authors, tags, published_at, received_at, enriched_at, retracted)
            VALUES (:liveblogId, :updateId, :version, :kind, :pinned, cast(:headline as text), cast(:bodyHtml as text),
                cast(:bodyText as text), cast(cast(:authors as text) as jsonb), cast(cast(:tags as text) as jsonb), cast(:publishedAt as timestamptz),
                cast(:receivedAt as timestamptz), cast(:enrichedAt as timestamptz), :retracted)
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
            WHERE u.liveblog_id = :liveblogId AND u.update_id = :updateId AND u.seq IS NULL
            RETURNING u.seq""";

    /*
     * Rows are always read with the jsonb columns cast to text: the entity keeps them as JSON text
     * and the mapping parses them with the wire contract's mapper.
     */
    private static final String COLUMNS = """
            SELECT liveblog_id, update_id, version, seq, kind, pinned, headline, body_html, body_text,
                   authors::text AS authors, tags::text AS tags, published_at, received_at, enriched_at, retracted
            FROM live_update""";

    private static final String PAGE = COLUMNS + """

            WHERE liveblog_id = :liveblogId AND seq IS NOT NULL AND NOT retracted AND tags @> cast(cast(:tags as text) as jsonb)
              AND (cast(:beforeTime as timestamptz) IS NULL
                   OR (published_at, update_id) < (cast(:beforeTime as timestamptz), cast(:beforeId as text)))
            ORDER BY published_at DESC, update_id DESC
            LIMIT :limit""";

    private static final String CHANGES = COLUMNS + """

            WHERE seq > :after AND (cast(:liveblogId as text) IS NULL OR liveblog_id = cast(:liveblogId as text))
            ORDER BY seq
            LIMIT :limit""";

    /**
     * Applies an enriched update; the new seq, or null when the stored version is already as new
     * or the update is scheduled for later. Must run in a transaction: the seq is taken last and
     * its lock held until commit.
     */
    public Uni<Long> apply(EnrichedUpdate enriched) {
        LiveUpdate update = enriched.update();
        return getSession().chain(session -> session.createNativeQuery(APPLY, Boolean.class)
                .setParameter("liveblogId", update.liveblogId())
                .setParameter("updateId", update.id())
                .setParameter("version", update.version())
                .setParameter("kind", FeedUpdate.kindName(update.kind()))
                .setParameter("pinned", update.pinned())
                .setParameter("headline", update.headline())
                .setParameter("bodyHtml", update.body())
                .setParameter("bodyText", update.text())
                .setParameter("authors", json(update.authors()))
                .setParameter("tags", json(enriched.tags()))
                .setParameter("publishedAt", update.publishedAt())
                .setParameter("receivedAt", update.receivedAt())
                .setParameter("enrichedAt", enriched.enrichedAt())
                .setParameter("retracted", update.isRetraction())
                .getSingleResultOrNull()
                .chain(due -> !Boolean.TRUE.equals(due) ? Uni.createFrom().nullItem() : session.createNativeQuery(NUMBER, Long.class)
                        .setParameter("liveblogId", update.liveblogId())
                        .setParameter("updateId", update.id())
                        .getSingleResult()));
    }

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

    /** Every row changed after {@code seq}, in change order, for one live blog or (null) all. */
    public Uni<List<LiveUpdateEntity>> changesAfter(String liveblogId, long seq, int limit) {
        return getSession().chain(session -> session.createNativeQuery(CHANGES, LiveUpdateEntity.class)
                .setParameter("after", seq)
                .setParameter("liveblogId", liveblogId)
                .setParameter("limit", limit)
                .getResultList());
    }

    /** The highest seq committed so far, or 0 on an empty feed. */
    public Uni<Long> lastSeq() {
        return getSession().chain(session -> session
                .createNativeQuery("SELECT seq FROM feed_cursor", Long.class)
                .getSingleResult());
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

    /**
     * Numbers a due update, so it enters the change stream now; null when another replica did it
     * first. Must run in a transaction, like apply.
     */
    public Uni<Long> release(LiveUpdateKey key) {
        return getSession().chain(session -> session.createNativeQuery(NUMBER, Long.class)
                .setParameter("liveblogId", key.liveblogId)
                .setParameter("updateId", key.updateId)
                .getSingleResultOrNull());
    }

    public Uni<List<LiveblogSummary>> liveblogs() {
        return getSession().chain(session -> session.createNativeQuery("""
                        SELECT liveblog_id, COUNT(*) FILTER (WHERE NOT retracted), MAX(received_at)
                        FROM live_update WHERE seq IS NOT NULL GROUP BY liveblog_id ORDER BY MAX(received_at) DESC""", Object[].class)
                .getResultList()
                .map(rows -> rows.stream().map(LiveblogSummary::fromRow).toList()));
    }

    private static String json(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("wire types always serialise", e);
        }
    }
}
