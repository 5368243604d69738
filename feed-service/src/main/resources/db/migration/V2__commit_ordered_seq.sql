-- Event ids must become visible in the order they are numbered: a client resuming after id n
-- reads "seq > n" and would skip a smaller id that commits later. A sequence gives no such
-- promise once several writers (replicas, rebalances) apply concurrently. The feed cursor is a
-- single row: a writer takes the next number by updating it, which locks the row until the
-- writer commits, so the next writer waits and always commits a larger number afterwards.
CREATE TABLE feed_cursor (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    seq      bigint  NOT NULL
);
INSERT INTO feed_cursor (seq) SELECT COALESCE(MAX(seq), 0) FROM live_update;

-- A row is numbered in the same transaction right after it is written. seq stays null in a
-- committed row only while the update is scheduled (published_at in the future): such a row is
-- in no page and no stream until it is due and numbered then.
ALTER TABLE live_update ALTER COLUMN seq DROP DEFAULT, ALTER COLUMN seq DROP NOT NULL;
DROP SEQUENCE live_update_seq;
CREATE INDEX live_update_scheduled_idx ON live_update (published_at) WHERE seq IS NULL;
