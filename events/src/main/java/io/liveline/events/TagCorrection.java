package io.liveline.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * An editor's correction of one update's tags: tags to add and tags to remove. It is the value of
 * a record of CloudEvents type {@link CloudEvent#TYPE_TAGS_CORRECTED} on {@link Topics#RAW}, keyed
 * by live blog like the update's own versions so it stays in order with them, and enrich-service
 * passes it on unchanged to {@link Topics#ENRICHED}. A correction sticks to the update: feed-service
 * applies it again to the tagger's tags of every later version.
 *
 * @param id          the update corrected
 * @param version     ingest's version clock at the correction: a redelivered correction is one whose
 *                    version the feed has already applied
 * @param add         tags to add; each is marked {@link TagSource#EDITOR}. People and organisations are
 *                    told apart by name, countries and topics by code
 * @param remove      tags to remove, only their name or code counts
 * @param correctedAt when ingest-service accepted the correction
 */
public record TagCorrection(String liveblogId, String id, long version, TagSet add, TagSet remove, Instant correctedAt) {

    public TagCorrection {
        Identifiers.checkVersionOf(liveblogId, id, version);
        Objects.requireNonNull(correctedAt, "correctedAt");
        add = add == null ? TagSet.EMPTY : byEditor(add);
        remove = remove == null ? TagSet.EMPTY : remove;
        if (add.isEmpty() && remove.isEmpty()) {
            throw new IllegalArgumentException("a correction adds or removes at least one tag");
        }
        String both = inBoth(add, remove);
        if (both != null) {
            throw new IllegalArgumentException("a tag is both added and removed: " + both);
        }
        correctedAt = correctedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The first tag, as {@code list/key}, that both sets hold; null when none does. Ingest uses it to
     * name the field at fault before it builds a correction.
     */
    public static String inBoth(TagSet add, TagSet remove) {
        String both = inBoth("people", add.people(), remove.people(), TagSet.PersonTag::key);
        both = both != null ? both : inBoth("countries", add.countries(), remove.countries(), TagSet.CountryTag::key);
        both = both != null ? both : inBoth("organisations", add.organisations(), remove.organisations(),
                TagSet.OrganisationTag::key);
        return both != null ? both : inBoth("topics", add.topics(), remove.topics(), TagSet.TopicTag::key);
    }

    private static <T> String inBoth(String list, List<T> add, List<T> remove, Function<T, String> key) {
        Set<String> added = new HashSet<>();
        add.forEach(tag -> added.add(key.apply(tag)));
        return remove.stream().map(key).filter(added::contains).findFirst().map(k -> list + "/" + k).orElse(null);
    }

    private static TagSet byEditor(TagSet tags) {
        return new TagSet(
                tags.people().stream().map(p -> new TagSet.PersonTag(p.name(), p.wikidata(), p.kbId(), p.mentions(),
                        TagSource.EDITOR)).toList(),
                tags.countries().stream().map(c -> new TagSet.CountryTag(c.code(), c.name(), c.wikidata(),
                        TagSource.EDITOR)).toList(),
                tags.organisations().stream().map(o -> new TagSet.OrganisationTag(o.name(), o.wikidata(), o.kbId(),
                        TagSource.EDITOR)).toList(),
                tags.topics().stream().map(t -> new TagSet.TopicTag(t.code(), t.label(), t.score(),
                        TagSource.EDITOR)).toList());
    }
}
