package io.liveline.enrich.tagger;

/** A known person by canonical name (English Wikipedia title); {@code qid} may be null. */
record Person(String name, String qid) {
}
