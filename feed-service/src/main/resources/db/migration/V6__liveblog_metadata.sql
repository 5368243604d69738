-- A live blog's own metadata, as the last record of liveline.liveblogs for it left it. A live blog
-- may have updates and no row here (its title is then its id) or a row and no updates yet.
--
-- A change of the metadata is a change of the feed like any other: seq is the SSE event id of the
-- row's last change, taken from the same feed cursor as live_update's (V2), so it commits in order
-- with them and a stream resuming after an id replays it in its place. seq is null only inside
-- the writing transaction, between the upsert and the step of the cursor that numbers it.
CREATE TABLE liveblog (
    liveblog_id text        PRIMARY KEY,
    title       text        NOT NULL,
    description text,
    state       text        NOT NULL CHECK (state IN ('live', 'paused', 'ended')),
    opened_at   timestamptz,
    closed_at   timestamptz,
    changed_at  timestamptz NOT NULL,
    seq         bigint
);

CREATE UNIQUE INDEX liveblog_seq_idx ON liveblog (seq);
