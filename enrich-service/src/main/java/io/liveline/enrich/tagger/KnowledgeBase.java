package io.liveline.enrich.tagger;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loaded knowledge base: entries by id, the phrase matchers built from them and the word
 * lists the person rules use. Immutable once built, so one instance serves all threads.
 *
 * @param countries  by ISO code
 * @param orgs       by canonical name
 * @param people     by canonical name
 * @param topics     by code
 * @param aliases    every entity phrase (folded key) with what it stands for; the source of
 *                   {@code entities} and of the well-formedness checks
 * @param entities   matcher over {@code aliases}
 * @param cues       matcher over topic cues (stemmed words)
 * @param givenNames folded given names
 * @param titles     folded title and role words ("president", "councillor")
 * @param notNames   folded capitalised words that are never part of a person's name
 * @param ambiguous  folded phrases allowed to stand for more than one place or entity
 * @param orgHeads   folded words that end an organisation's name ("police", "agency")
 * @param headTopics topic signals of an organisation found by its shape, by the folded last words
 *                   of its name ("police", "central bank")
 */
record KnowledgeBase(
        Map<String, Country> countries,
        Map<String, Organisation> orgs,
        Map<String, Person> people,
        Map<String, Topic> topics,
        Map<String, List<Alias>> aliases,
        TokenTrie<Alias> entities,
        TokenTrie<TopicCue> cues,
        Set<String> givenNames,
        Set<String> titles,
        Set<String> notNames,
        Set<String> ambiguous,
        Set<String> orgHeads,
        Map<String, Map<String, Double>> headTopics) {
}
