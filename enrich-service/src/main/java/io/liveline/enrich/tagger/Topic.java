package io.liveline.enrich.tagger;

/** An IPTC Media Topic; {@code parent} is the top-level ancestor's code or null for a top level. */
record Topic(String code, String label, String parent) {
}
