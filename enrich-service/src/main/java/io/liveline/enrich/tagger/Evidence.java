package io.liveline.enrich.tagger;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a tag was given: the words that triggered it and the rule that read them.
 *
 * <p>Offsets are character offsets into the tagged document, which is {@code headline + "\n" +
 * text} when there is a headline and {@code text} alone otherwise (after Unicode NFC
 * normalisation, which leaves ordinary text unchanged). Evidence that rests on no single span (a
 * parent topic inherited from a child) has {@code start = end = -1} and an empty span.
 *
 * @param field which list of the tag set the tag goes to
 * @param tag   canonical name, ISO code or medtop code
 * @param rule  short reason: "alias", "demonym", "capital-metonym", "surname-of:Vladimir Putin",
 *              "cue:ceasefire", ...
 */
public record Evidence(Field field, String tag, int start, int end, String span, String rule) {

    /** The list of the tag set a piece of evidence adds to; written in JSON as the list's name. */
    public enum Field {
        PEOPLE("people"),
        COUNTRIES("countries"),
        ORGANISATIONS("organisations"),
        TOPICS("topics");

        private final String json;

        Field(String json) {
            this.json = json;
        }

        @JsonValue
        public String json() {
            return json;
        }
    }
}
