package io.liveline.enrich.kb;

import io.liveline.events.KbEntity;
import java.util.List;
import java.util.Map;

/**
 * Which Wikidata classes (values of P31, "instance of") make an imported item a person, an
 * organisation or a place. Only an item's own P31 values count, not their superclasses: an import
 * file is chosen by the operator's query, so it already holds what they mean to cover. The lists
 * are in README's knowledge-base section; an item of none of them is refused with its line.
 */
final class WikidataClasses {

    static final String HUMAN = "Q5";

    /** Organisation classes, by QID, with their English label for the documentation. */
    static final Map<String, String> ORGANISATIONS = Map.ofEntries(
            Map.entry("Q43229", "organization"),
            Map.entry("Q4830453", "business"),
            Map.entry("Q783794", "company"),
            Map.entry("Q891723", "public company"),
            Map.entry("Q7278", "political party"),
            Map.entry("Q327333", "government agency"),
            Map.entry("Q2659904", "government organization"),
            Map.entry("Q484652", "international organization"),
            Map.entry("Q163740", "nonprofit organization"),
            Map.entry("Q15911314", "association"),
            Map.entry("Q476028", "association football club"),
            Map.entry("Q847017", "sports club"),
            Map.entry("Q3918", "university"),
            Map.entry("Q1127126", "military alliance"),
            Map.entry("Q176799", "military unit"));

    /** Place classes that name a city, town or settlement (the tagger's meeting-venue rule applies). */
    static final Map<String, String> CITIES = Map.ofEntries(
            Map.entry("Q515", "city"),
            Map.entry("Q1549591", "big city"),
            Map.entry("Q1637706", "city with millions of inhabitants"),
            Map.entry("Q5119", "capital"),
            Map.entry("Q3957", "town"),
            Map.entry("Q532", "village"),
            Map.entry("Q486972", "human settlement"),
            Map.entry("Q15284", "municipality"));

    /** Place classes that name a region inside a country. */
    static final Map<String, String> REGIONS = Map.ofEntries(
            Map.entry("Q10864048", "first-level administrative country subdivision"),
            Map.entry("Q107390", "federated state"),
            Map.entry("Q35657", "state of the United States"),
            Map.entry("Q34876", "province"),
            Map.entry("Q28575", "county"),
            Map.entry("Q82794", "geographic region"));

    private WikidataClasses() {
    }

    /** The type and flags an item of these P31 classes gets; null when none is known. */
    static Typed of(List<String> instanceOf) {
        if (instanceOf.contains(HUMAN)) {
            return new Typed(KbEntity.Type.PERSON, List.of());
        }
        if (instanceOf.stream().anyMatch(ORGANISATIONS::containsKey)) {
            return new Typed(KbEntity.Type.ORGANISATION, List.of());
        }
        if (instanceOf.stream().anyMatch(CITIES::containsKey)) {
            return new Typed(KbEntity.Type.PLACE, List.of("city"));
        }
        if (instanceOf.stream().anyMatch(REGIONS::containsKey)) {
            return new Typed(KbEntity.Type.PLACE, List.of());
        }
        return null;
    }

    /** A type with the flags that come with it. */
    record Typed(KbEntity.Type type, List<String> flags) {
    }
}
