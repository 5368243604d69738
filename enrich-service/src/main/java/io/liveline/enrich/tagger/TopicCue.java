package io.liveline.enrich.tagger;

/**
 * A word or phrase that signals a topic.
 *
 * @param code   topic code, or {@link #HOUSEKEEPING} for phrases of posts without news
 * @param weight evidence strength; a sum of about 0.8 is enough for a topic on its own; negative
 *               for a phrase that cancels a cue inside it ("bargaining chips")
 * @param phrase the cue as written in the knowledge base, for evidence
 */
record TopicCue(String code, double weight, String phrase) {
    static final String HOUSEKEEPING = "housekeeping";
}
