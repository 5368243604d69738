package io.liveline.enrich.tagger;

/** A country or territory with an ISO 3166-1 alpha-2 code; {@code qid} may be null. */
record Country(String code, String name, String qid) {
}
