package io.liveline.enrich.tagger;

import java.util.Map;

/**
 * A named organisation.
 *
 * @param country ISO code of the state it is an institution of (guideline C7), or null
 * @param topics  topic codes it signals, with a weight each (a central bank signals monetary policy)
 */
record Organisation(String name, String qid, String country, Map<String, Double> topics) {
}
