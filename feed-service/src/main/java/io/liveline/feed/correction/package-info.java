/**
 * Editors' corrections of tags, kept per update and applied to every version of it.
 *
 * <pre>
 * liveline.updates.enriched ──▶ EnrichedUpdateConsumer ──▶ FeedService ──▶ ChangeLog (one transaction per batch)
 *   update records ─┐                                                        │ TagCorrections.prepare: fold the batch's
 *   corrections ────┘  (told apart by ce_type)                               │   corrections into tag_correction, edit
 *                                                                            │   the tagger's tags of the batch's updates
 *                                                                            │ upsert the updates (live_update)
 *                                                                            │ TagCorrections.applyToStored: edit stored rows
 *                                                                            ▼ number the changes (feed_cursor) ─▶ SSE `update`
 * </pre>
 *
 * {@link io.liveline.feed.correction.TagEdits} is the pure part: folding corrections and applying them.
 */
package io.liveline.feed.correction;
