package io.liveline.enrich.tagger;

import java.util.Map;

/**
 * A named organisation.
 *
 * @param country ISO code of the state it is an institution of (guideline C7), or null
 * @param home    ISO code of the country it belongs to, used only to choose between organisations
 *                sharing an alias ("Conservatives" in Canada or the UK); it gives no country tag
 * @param topics  topic codes it signals, with a weight each (a central bank signals monetary policy)
 * @param id      its entity id on {@code liveline.kb}
 */
record Organisation(String name, String qid, String country, String home, Map<String, Double> topics, String id) {
}
