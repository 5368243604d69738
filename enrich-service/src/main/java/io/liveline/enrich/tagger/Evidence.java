package io.liveline.enrich.tagger;

/**
 * Why a tag was given: the words that triggered it and the rule that read them.
 *
 * <p>Offsets are character offsets into the tagged document, which is {@code headline + "\n" +
 * text} when there is a headline and {@code text} alone otherwise (after Unicode NFC
 * normalisation, which leaves ordinary text unchanged). Evidence that rests on no single span (a
 * parent topic inherited from a child) has {@code start = end = -1} and an empty span.
 *
 * @param field one of people, countries, organisations, topics
 * @param tag   canonical name, ISO code or medtop code
 * @param rule  short reason: "alias", "demonym", "capital-metonym", "surname-of:Vladimir Putin",
 *              "cue:ceasefire", ...
 */
public record Evidence(String field, String tag, int start, int end, String span, String rule) {
}
