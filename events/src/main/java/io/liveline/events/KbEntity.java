package io.liveline.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One entity of the knowledge base as it travels on {@code liveline.kb}: its whole current state,
 * keyed by {@code id} (a record with no value retires it).
 *
 * @param id       the Wikidata QID when known, else a local id (a lower-case slug)
 * @param aliases  other names and spellings; the name itself is always one
 * @param wikidata the QID, also when {@code id} is a local id chosen before the QID was known
 * @param country  ISO 3166-1 alpha-2 code: a person's or organisation's country, a place's country
 * @param flags    {@code nosurname} (a person whose last word is no surname alias), {@code homeonly}
 *                 (an organisation whose country only tells it apart and is no country tag),
 *                 {@code city} or {@code seat} (a place's kind; a place without either is a region)
 * @param topics   IPTC Media Topics codes an organisation signals, with a weight each
 */
public record KbEntity(String id, Type type, String name, List<String> aliases, String wikidata, String country,
        List<String> flags, Map<String, Double> topics) {

    public KbEntity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        flags = flags == null ? List.of() : List.copyOf(flags);
        topics = topics == null ? Map.of() : Map.copyOf(topics);
    }

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }

    /** The three kinds of entity editors manage; countries are the fixed ISO list and not entities. */
    public enum Type {
        PERSON, ORGANISATION, PLACE;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The type named {@code wireName}, or null for an unknown name. */
        @JsonCreator
        public static Type fromWire(String wireName) {
            for (Type t : values()) {
                if (t.wireName().equals(wireName)) {
                    return t;
                }
            }
            return null;
        }
    }

    /** True for a Wikidata item id: {@code Q} and a number without leading zero. */
    public static boolean isQid(String value) {
        if (value == null || value.length() < 2 || value.length() > 12 || value.charAt(0) != 'Q'
                || value.charAt(1) == '0') {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** True for a key an entity may have on the topic: a QID or a local id shaped like a live blog id. */
    public static boolean isEntityId(String value) {
        return isQid(value) || Identifiers.isLiveblogId(value);
    }
}
