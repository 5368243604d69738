package io.liveline.enrich.tagger;

/**
 * A known person by canonical name (English Wikipedia title); {@code qid} may be null, {@code id} is
 * the person's entity id on {@code liveline.kb}.
 */
record Person(String name, String qid, String id) {
}
