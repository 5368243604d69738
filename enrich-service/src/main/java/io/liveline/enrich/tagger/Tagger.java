package io.liveline.enrich.tagger;

import io.liveline.events.KbEntity;
import io.liveline.events.TagSet;
import io.liveline.events.TagSet.CountryTag;
import io.liveline.events.TagSet.OrganisationTag;
import io.liveline.events.TagSet.PersonTag;
import io.liveline.events.TagSet.TopicTag;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags a news post with people, countries, organisations and IPTC topics, using a knowledge base
 * built once. Instances are immutable and thread-safe; {@link #tag} is a pure function of its
 * input.
 */
public final class Tagger {

    private final KnowledgeBase kb;
    private final PersonDetector people;
    private final OrganisationDetector unknownOrganisations;
    private final OrganisationResolver organisations;
    private final CountryResolver countries;
    private final TopicClassifier topics;
    private final Map<String, String> countryByQid = new HashMap<>();

    Tagger(KnowledgeBase kb) {
        this(kb, TopicClassifier.MIN_SCORE);
    }

    /** A tagger that keeps topics from {@code minTopicScore} on (below 0.5 only to measure calibration). */
    Tagger(KnowledgeBase kb, double minTopicScore) {
        this.kb = kb;
        this.people = new PersonDetector(kb);
        this.unknownOrganisations = new OrganisationDetector(kb);
        this.organisations = new OrganisationResolver(kb);
        this.countries = new CountryResolver();
        this.topics = new TopicClassifier(kb, minTopicScore);
        kb.countries().values().stream().filter(c -> c.qid() != null)
                .forEach(c -> countryByQid.put(c.qid(), c.code()));
    }

    /** The ISO 3166-1 alpha-2 code of the country with this Wikidata QID, or null if none has it. */
    public String countryCodeOf(String qid) {
        return countryByQid.get(qid);
    }

    /** A tagger of the shipped knowledge base (the kb/ files alone), for tests and benchmarks. */
    public static Tagger fromClasspath() {
        return new Tagger(KnowledgeBaseLoader.load());
    }

    /** A tagger of these entities and the fixed kb/ files (countries, topics, word lists). */
    public static Tagger of(Collection<KbEntity> entities) {
        return new Tagger(KnowledgeBaseLoader.load(entities));
    }

    /**
     * Tags one post. {@code headline} may be null; {@code text} is plain text (HTML already
     * stripped). Evidence offsets point into {@code headline + "\n" + text} (or {@code text} alone
     * when there is no headline).
     */
    public TaggingResult tag(String headline, String text) {
        return tag(headline, text, null);
    }

    /**
     * Tags one post of a live blog: as {@link #tag(String, String)}, and a bare surname no full
     * name in the post explains may name a person the blog named in full earlier. {@code earlier}
     * may be null; it is only read, the caller remembers the result.
     */
    public TaggingResult tag(String headline, String text, LiveblogPeople earlier) {
        return tag(headline, text, earlier, null);
    }

    /**
     * Tags one post of a live blog: as {@link #tag(String, String, LiveblogPeople)}, and a topic the
     * post gives evidence for weighs more when the blog carried it lately. {@code recentTopics} may
     * be null; it is only read, the caller remembers the result.
     */
    public TaggingResult tag(String headline, String text, LiveblogPeople earlier, LiveblogTopics recentTopics) {
        String body = text == null ? "" : text;
        boolean hasHeadline = headline != null && !headline.isBlank();
        String doc = hasHeadline ? headline + "\n" + body : body;
        if (!Normalizer.isNormalized(doc, Normalizer.Form.NFC)) {
            doc = Normalizer.normalize(doc, Normalizer.Form.NFC);
        }
        List<Token> tokens = Tokenizer.tokenize(doc, Normaliser.fold(doc));
        Document d = new Document(doc, tokens,
                kb.entities().findAll(tokens, (a, t, from, to) -> a.fitsCase(t, from, to)));
        // Words that belong to a name found so far; later resolvers leave them alone. Organisation
        // shapes go first: "Bureau of Labor Statistics" is no person "Labor Statistics".
        boolean[] claimed = new boolean[tokens.size()];
        List<Evidence> evidence = new ArrayList<>();
        unknownOrganisations.detect(d, claimed, evidence);
        evidence.addAll(people.detect(d, claimed, earlier));
        organisations.resolve(d, claimed, evidence);
        countries.resolve(d, claimed, evidence);
        List<TopicTag> topicTags = topics.classify(d, hasHeadline ? headline.length() : 0, evidence, recentTopics);
        return new TaggingResult(tagSet(evidence, topicTags), evidence);
    }

    private TagSet tagSet(List<Evidence> evidence, List<TopicTag> topicTags) {
        Map<String, Integer> mentions = new LinkedHashMap<>();
        Map<String, CountryTag> countryTags = new LinkedHashMap<>();
        Map<String, OrganisationTag> orgTags = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            switch (e.field()) {
                case PEOPLE -> mentions.merge(e.tag(), 1, Integer::sum);
                case COUNTRIES -> countryTags.computeIfAbsent(e.tag(),
                        code -> country(kb.countries().get(code)));
                case ORGANISATIONS -> orgTags.computeIfAbsent(e.tag(),
                        name -> organisation(name, kb.orgs().get(name)));
                case TOPICS -> { } // the classifier hands topics over as tags already
            }
        }
        List<PersonTag> personTags = new ArrayList<>();
        mentions.forEach((name, count) -> {
            Person p = kb.people().get(name);
            personTags.add(p == null ? new PersonTag(name, null, count) : new PersonTag(name, p.qid(), p.id(), count, null));
        });
        return new TagSet(personTags, List.copyOf(countryTags.values()), List.copyOf(orgTags.values()),
                topicTags);
    }

    private static CountryTag country(Country country) {
        return new CountryTag(country.code(), country.name(), country.qid());
    }

    private static OrganisationTag organisation(String name, Organisation org) {
        return org == null ? new OrganisationTag(name, null) : new OrganisationTag(name, org.qid(), org.id(), null);
    }
}
