package io.liveline.events;

import java.util.List;

/** What an update is about: the tags enrich-service attaches. Every list is present, maybe empty. */
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

    /** A person by canonical name (English Wikipedia title); {@code wikidata} is null when unknown. */
    public record PersonTag(String name, String wikidata, int mentions) {
    }

    /** A country by ISO 3166-1 alpha-2 code; {@code wikidata} is null when unknown. */
    public record CountryTag(String code, String name, String wikidata) {

        /** A country whose Wikidata item is not known. */
        public CountryTag(String code, String name) {
            this(code, name, null);
        }
    }

    /** An organisation by canonical name; {@code wikidata} is null when unknown. */
    public record OrganisationTag(String name, String wikidata) {
    }

    /** An IPTC Media Topic ({@code medtop:...}) with the tagger's confidence in [0, 1]. */
    public record TopicTag(String code, String label, double score) {
    }
}
