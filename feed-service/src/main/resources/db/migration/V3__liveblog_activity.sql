-- Each live blog's number of visible updates (numbered, not retracted) and the time its feed last
-- changed, kept by the writer in the transaction of the change, so listing live blogs reads one
-- row per blog instead of aggregating every update. A writer locks its blogs' rows here before it
-- reads or writes their updates: changes of one blog are counted one transaction after another,
-- so each can count from what the previous one committed. A row exists before the blog has any
-- visible change (its first updates may be scheduled); last_activity stays null until then.
CREATE TABLE liveblog_activity (
    liveblog_id   text        PRIMARY KEY,
    updates       bigint      NOT NULL DEFAULT 0 CHECK (updates >= 0),
    last_activity timestamptz
);

INSERT INTO liveblog_activity (liveblog_id, updates, last_activity)
SELECT liveblog_id, COUNT(*) FILTER (WHERE NOT retracted), MAX(GREATEST(received_at, published_at))
FROM live_update WHERE seq IS NOT NULL GROUP BY liveblog_id;

-- The list's order, most recently active first, ties by id, so a cursor is one index position.
CREATE INDEX liveblog_activity_recent_idx ON liveblog_activity (last_activity DESC, liveblog_id DESC)
    WHERE last_activity IS NOT NULL;
-- prefix= (liveblog_id LIKE 'uk-%'), whatever the database's collation.
CREATE INDEX liveblog_activity_prefix_idx ON liveblog_activity (liveblog_id text_pattern_ops)
    WHERE last_activity IS NOT NULL;

-- Search (q=): headline and text as one weighted vector, stemmed with the deployment's text search
-- configuration (liveline.feed.search-config, given to this migration as a placeholder). Queries
-- stem with the same configuration; feed-service refuses to start when the two differ, and the
-- README ("Search language") gives the statements that rebuild the column for another language.
ALTER TABLE live_update ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('${searchConfig}'::regconfig, coalesce(headline, '')), 'A')
    || setweight(to_tsvector('${searchConfig}'::regconfig, coalesce(body_text, '')), 'B')) STORED;
CREATE INDEX live_update_search_idx ON live_update USING gin (search_vector);

-- Pages across live blogs (GET /v1/updates): newest first, ties by live blog and id.
CREATE INDEX live_update_recent_idx ON live_update (published_at DESC, liveblog_id DESC, update_id DESC)
    WHERE seq IS NOT NULL AND NOT retracted;
