package io.liveline.feed.repository;

import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;

/** The latest version of one live update as feed-service stores it (schema: db/migration), one row of {@code live_update}. */
public final class LiveUpdateEntity implements StoredChange {

    public LiveUpdateKey key;

    public long version;

    /** Position in the change stream; the SSE event id of this row's last change. */
    public long seq;

    public String kind;

    public boolean pinned;

    public String headline;

    public String bodyHtml;

    public String bodyText;

    /** JSON array of authors, as text; parsed by the mapping. */
    public String authors;

    /** JSON object of the tags, as the enriched event carried it. */
    public String tags;

    public Instant publishedAt;

    public Instant receivedAt;

    public Instant enrichedAt;

    public boolean retracted;

    /** How well the row matches a search; read only when a page is ordered by relevance, else null. */
    public Float rank;

    @Override
    public long seq() {
        return seq;
    }

    @Override
    public String liveblogId() {
        return key.liveblogId;
    }

    /** A row read with {@link LiveUpdateRepository#COLUMNS}. */
    static LiveUpdateEntity from(Row row) {
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
        int rank = row.getColumnIndex("rank");
        entity.rank = rank < 0 ? null : row.getFloat(rank);
        return entity;
    }

    private static Instant instant(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
