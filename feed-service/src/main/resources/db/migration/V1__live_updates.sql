-- Every applied change (new update, newer version, retraction) takes the next value: the SSE
-- event id. Resuming from an id means "every row whose seq is greater".
CREATE SEQUENCE live_update_seq AS bigint;

-- One row per (live blog, update): its latest version only. Older versions are never stored,
-- so a redelivered or late record can be compared with the version here and ignored.
CREATE TABLE live_update (
    liveblog_id  text        NOT NULL,
    update_id    text        NOT NULL,
    version      bigint      NOT NULL,
    seq          bigint      NOT NULL DEFAULT nextval('live_update_seq'),
    kind         text        NOT NULL,
    pinned       boolean     NOT NULL DEFAULT false,
    headline     text,
    body_html    text,
    body_text    text,
    authors      jsonb       NOT NULL DEFAULT '[]',
    tags         jsonb       NOT NULL DEFAULT '{}',
    published_at timestamptz,
    received_at  timestamptz NOT NULL,
    enriched_at  timestamptz NOT NULL,
    retracted    boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (liveblog_id, update_id)
);

CREATE UNIQUE INDEX live_update_seq_idx ON live_update (seq);
CREATE INDEX live_update_blog_seq_idx ON live_update (liveblog_id, seq);
-- The page order: newest first, ties broken by id so cursors are stable.
CREATE INDEX live_update_page_idx ON live_update (liveblog_id, published_at DESC, update_id DESC) WHERE NOT retracted;
-- Tag filters (tags @> '{"countries":[{"code":"UA"}]}') stay index lookups at millions of rows.
CREATE INDEX live_update_tags_idx ON live_update USING gin (tags jsonb_path_ops);
