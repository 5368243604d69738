package io.liveline.enrich.tagger;

import java.util.List;

/**
 * What one knowledge-base phrase stands for.
 *
 * @param kind    which list the phrase came from
 * @param target  ISO code for places, canonical name for organisations and people, null for blocks
 * @param acronym written in capitals in the knowledge base: short ones only match capitals in text
 */
record Alias(Kind kind, String target, boolean acronym) {

    /** The role of a phrase; decides which resolver uses it. */
    enum Kind {
        /** A country's name or short form. */
        COUNTRY,
        /** A national adjective or name for its people. */
        DEMONYM,
        /** A city: its country, unless it is only a meeting venue. */
        CITY,
        /** A region, state, province or landmark inside a country. */
        REGION,
        /** A seat of government used for the state (the Kremlin). */
        SEAT,
        /** An organisation. */
        ORG,
        /** A person's full name or an unambiguous short form. */
        PERSON,
        /** A known person's surname: only used when nothing else claims the word. */
        SURNAME,
        /** A phrase that must produce nothing (seas, regions, dishes), so its words do not either. */
        BLOCK;

        boolean isPlace() {
            return this == COUNTRY || this == DEMONYM || this == CITY || this == REGION || this == SEAT;
        }
    }

    /** True when this alias is satisfied by the casing of tokens {@code [from, to)}. */
    boolean fitsCase(List<Token> tokens, int from, int to) {
        Token first = tokens.get(from);
        if (!first.cap()) {
            return false;
        }
        if (acronym && to - from == 1 && first.norm().length() <= 3) {
            // "US", "UN", "WHO": the lower-case word is a different word.
            return first.upper();
        }
        return true;
    }
}
