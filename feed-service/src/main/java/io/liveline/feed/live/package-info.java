/**
 * The live path: how a stored change reaches every open SSE stream of this replica.
 *
 * <pre>
 * kafka.EnrichedUpdateConsumer: a polled batch → ChangeLog.apply, one transaction (ids in commit order) → ChangeTail.poke
 * ChangeTail: ChangeLog.after(last id) → FeedEvent (frame encoded once) → UpdateBroadcaster, one read at a time
 * UpdateBroadcaster → EventLoopSubscribers: one task per event loop, for all that loop's LiveJoins
 * LiveJoin: gap-free join of a replay (FeedStreams, paced by the socket) and the live tail, filtered by tags
 * LiveJoin → FeedSink (rest.SseConnection, which alone knows HTTP framing) → the socket
 * </pre>
 *
 * <p>Everything a subscriber touches runs on its connection's event loop, so nothing here locks;
 * only the tail crosses threads, and it hands each event loop one task per read.
 */
package io.liveline.feed.live;
