package io.liveline.feed.repository;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The latest version of one live update as feed-service stores it (schema: db/migration). */
@Entity
@Table(name = "live_update")
public class LiveUpdateEntity {

    @EmbeddedId
    public LiveUpdateKey key;

    public long version;

    /** Position in the change stream; the SSE event id of this row's last change. */
    public long seq;

    public String kind;

    public boolean pinned;

    public String headline;

    @Column(name = "body_html")
    public String bodyHtml;

    @Column(name = "body_text")
    public String bodyText;

    /** JSON array of authors; read as text (see LiveUpdateRepository.COLUMNS) and parsed by the mapping. */
    @Column(columnDefinition = "jsonb")
    public String authors;

    /** JSON object of the tags, as the enriched event carried it. */
    @Column(columnDefinition = "jsonb")
    public String tags;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "enriched_at")
    public Instant enrichedAt;

    public boolean retracted;
}
