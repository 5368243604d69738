package io.liveline.feed.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liveline.events.EventJson;
import io.liveline.events.KbEntity;
import io.liveline.events.TagSet;

/**
 * The tag filters of a request ({@code person}, {@code country}, {@code organisation}, {@code topic}
 * with an optional {@code minScore} for it); all given ones must match. The same filter selects rows
 * in SQL and live events in memory. A person or organisation given as a Wikidata QID matches the
 * tag's {@code wikidata}; given as a local knowledge-base id (a lower-case slug such as
 * {@code city-hall}, which no canonical name is) it matches the tag's {@code kbId}; else its name.
 * A QID needs no {@code kbId} match: an entity's id is its QID whenever it has one.
 */
public record TagFilter(String person, String country, String organisation, String topic, Double minScore) {

    public static final TagFilter NONE = new TagFilter(null, null, null, null, null);

    public boolean isEmpty() {
        return person == null && country == null && organisation == null && topic == null;
    }

    public boolean matches(TagSet tags) {
        return (person == null || tags.people().stream().anyMatch(p -> person.equals(switch (field(person)) {
                    case WIKIDATA -> p.wikidata();
                    case KB_ID -> p.kbId();
                    default -> p.name();
                })))
                && (country == null || tags.countries().stream().anyMatch(c -> c.code().equals(country)))
                && (organisation == null || tags.organisations().stream().anyMatch(o -> organisation.equals(switch (field(organisation)) {
                    case WIKIDATA -> o.wikidata();
                    case KB_ID -> o.kbId();
                    default -> o.name();
                })))
                && (topic == null || tags.topics().stream().anyMatch(t -> t.code().equals(topic)
                        && (minScore == null || t.score() >= minScore)));
    }

    /** A jsonb value for {@code tags @> ?}: served by the GIN index on tags. */
    public String containmentJson() {
        ObjectNode root = EventJson.mapper().createObjectNode();
        add(root, "people", field(person).json, person);
        add(root, "countries", "code", country);
        add(root, "organisations", field(organisation).json, organisation);
        add(root, "topics", "code", topic);
        return root.toString();
    }

    /** The field of a person or organisation tag that a filter value names. */
    private enum Field {
        WIKIDATA("wikidata"), KB_ID("kbId"), NAME("name");

        final String json;

        Field(String json) {
            this.json = json;
        }
    }

    private static Field field(String value) {
        if (KbEntity.isQid(value)) {
            return Field.WIKIDATA;
        }
        return value != null && KbEntity.isEntityId(value) ? Field.KB_ID : Field.NAME;
    }

    private static void add(ObjectNode root, String list, String field, String value) {
        if (value != null) {
            ArrayNode array = root.putArray(list);
            array.addObject().put(field, value);
        }
    }
}
