-- Editors' corrections of an update's tags, kept apart from live_update: a correction may arrive
-- before its update (ingest cannot know whether the feed has it), and it must outlive every
-- version of the update, since each new version comes with fresh tagger tags to correct again.
-- One row per update: every correction so far folded into tags to add and tags to remove
-- ({"add": {<tag lists>}, "remove": {<tag lists>}}); version is the last applied correction's,
-- so a redelivered one (version not above it) changes nothing.
CREATE TABLE tag_correction (
    liveblog_id text   NOT NULL,
    update_id   text   NOT NULL,
    version     bigint NOT NULL,
    edits       jsonb  NOT NULL,
    PRIMARY KEY (liveblog_id, update_id)
);
