package io.liveline.enrich.tagger;

/**
 * An IPTC Media Topic.
 *
 * @param parent    the broader topic's code, or null for a top level
 * @param guideline whether the topic is one of the 40 of {@code shared/eval/GUIDELINES.md}, the
 *                  list the scoring sets are labelled with
 */
record Topic(String code, String label, String parent, boolean guideline) {
}
