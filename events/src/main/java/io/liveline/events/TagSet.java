package io.liveline.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What an update is about: the tags enrich-service attaches, with an editor's corrections applied.
 * Every list is present, maybe empty. A tag's {@code source} is {@link TagSource#EDITOR} when an
 * editor added it and absent when the tagger found it.
 */
public record TagSet(
        List<PersonTag> people,
        List<CountryTag> countries,
        List<OrganisationTag> organisations,
        List<TopicTag> topics) {

    public static final TagSet EMPTY = new TagSet(List.of(), List.of(), List.of(), List.of());

    public TagSet {
        people = people == null ? List.of() : List.copyOf(people);
        countries = countries == null ? List.of() : List.copyOf(countries);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return people.isEmpty() && countries.isEmpty() && organisations.isEmpty() && topics.isEmpty();
    }

    /**
     * A person by canonical name (English Wikipedia title).
     *
     * @param wikidata the QID, null when unknown
     * @param kbId     the id of the person's entity on {@code liveline.kb} (the QID where there is one),
     *                 null for a name the knowledge base does not hold
     * @param mentions how often the tagger found the person; 0 for an editor's tag the tagger did not find
     */
    public record PersonTag(String name, String wikidata, String kbId, int mentions, TagSource source) {

        /** A person the tagger found, without a knowledge-base entity. */
        public PersonTag(String name, String wikidata, int mentions) {
            this(name, wikidata, null, mentions, null);
        }

        /** What tells two person tags apart: the canonical name. */
        @JsonIgnore
        public String key() {
            return name;
        }
    }

    /** A country by ISO 3166-1 alpha-2 code; {@code wikidata} is null when unknown. */
    public record CountryTag(String code, String name, String wikidata, TagSource source) {

        /** A country the tagger found. */
        public CountryTag(String code, String name, String wikidata) {
            this(code, name, wikidata, null);
        }

        /** A country the tagger found, whose Wikidata item is not known. */
        public CountryTag(String code, String name) {
            this(code, name, null, null);
        }

        @JsonIgnore
        public String key() {
            return code;
        }
    }

    /**
     * An organisation by canonical name; {@code wikidata} is null when unknown, {@code kbId} as for a
     * {@link PersonTag}.
     */
    public record OrganisationTag(String name, String wikidata, String kbId, TagSource source) {

        /** An organisation the tagger found, without a knowledge-base entity. */
        public OrganisationTag(String name, String wikidata) {
            this(name, wikidata, null, null);
        }

        @JsonIgnore
        public String key() {
            return name;
        }
    }

    /** An IPTC Media Topic ({@code medtop:...}) with the tagger's confidence in [0, 1] (1 for an editor's). */
    public record TopicTag(String code, String label, double score, TagSource source) {

        /** A topic the tagger found. */
        public TopicTag(String code, String label, double score) {
            this(code, label, score, null);
        }

        @JsonIgnore
        public String key() {
            return code;
        }
    }
}
