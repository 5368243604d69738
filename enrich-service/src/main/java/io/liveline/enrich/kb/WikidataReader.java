package io.liveline.enrich.kb;

import com.fasterxml.jackson.databind.JsonNode;
import io.liveline.events.KbEntity;
import io.liveline.events.Problem.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads one item in Wikidata's entity JSON (as in its dumps and {@code wbgetentities}: {@code id},
 * {@code labels}, {@code aliases}, {@code claims}) into an editor's request for that QID. Labels
 * and aliases come from the configured languages, the first with a label giving the name; the
 * type from P31; the country from P27 (citizenship) for people, else P17 (country), mapped to ISO
 * codes through the countries' QIDs.
 */
final class WikidataReader {

    private final List<String> languages;
    private final UnaryOperator<String> isoOfCountryQid;

    /** @param isoOfCountryQid the ISO code of a country's QID, or null for an unknown one */
    WikidataReader(List<String> languages, UnaryOperator<String> isoOfCountryQid) {
        this.languages = List.copyOf(languages);
        this.isoOfCountryQid = isoOfCountryQid;
    }

    /** The QID and request of one item, or the fields at fault. */
    Item read(JsonNode item) {
        String id = item.path("id").asText(null);
        if (!KbEntity.isQid(id)) {
            throw new InvalidEntityException(List.of(new FieldError("id", "must be a Wikidata item id (Q and digits)")));
        }
        String name = null;
        Set<String> aliases = new LinkedHashSet<>();
        for (String language : languages) {
            String label = item.path("labels").path(language).path("value").asText(null);
            if (label != null && !label.isBlank()) {
                if (name == null) {
                    name = label;
                } else {
                    aliases.add(label);
                }
            }
            item.path("aliases").path(language).forEach(a -> aliases.add(a.path("value").asText("")));
        }
        if (name == null) {
            throw new InvalidEntityException(List.of(new FieldError("labels", "has no label in " + languages)));
        }
        aliases.remove(name);
        aliases.removeIf(String::isBlank);
        WikidataClasses.Typed typed = WikidataClasses.of(values(item, "P31"));
        if (typed == null) {
            throw new InvalidEntityException(List.of(new FieldError("claims/P31",
                    "is none of the classes Liveline imports (a human, or an organisation or place class listed in the README)")));
        }
        String country = null;
        List<String> countryClaims = typed.type() == KbEntity.Type.PERSON ? values(item, "P27") : values(item, "P17");
        for (String qid : countryClaims) {
            country = isoOfCountryQid.apply(qid);
            if (country != null) {
                break;
            }
        }
        return new Item(id, new KbEntityRequest(typed.type().wireName(), name, new ArrayList<>(aliases), id, country,
                typed.flags()));
    }

    /** The item ids a property's statements point to, best-ranked first as Wikidata lists them. */
    private static List<String> values(JsonNode item, String property) {
        List<String> out = new ArrayList<>();
        for (JsonNode statement : item.path("claims").path(property)) {
            if (!"deprecated".equals(statement.path("rank").asText())) {
                String value = statement.path("mainsnak").path("datavalue").path("value").path("id").asText(null);
                if (value != null) {
                    out.add(value);
                }
            }
        }
        return out;
    }

    /** An item read: its QID (the entity's id) and what it asks to store. */
    record Item(String id, KbEntityRequest request) {
    }
}
