/**
 * What a reader asks for: tag filters and page cursors. Plain values, shared by the store, the
 * live path and the REST layer, so none of those depends on another for them.
 */
package io.liveline.feed.query;
