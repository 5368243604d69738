package io.liveline.enrich.tagger;

import java.util.List;
import java.util.Set;

/**
 * Turns organisation phrases into organisation tags, and national institutions into their
 * country as well (guideline C7: "the Knesset" gives IL).
 */
final class OrganisationResolver {

    private final KnowledgeBase kb;

    OrganisationResolver(KnowledgeBase kb) {
        this.kb = kb;
    }

    void resolve(Document d, boolean[] claimed, List<Evidence> out) {
        for (TokenTrie.Match<Alias> m : d.matches()) {
            if (claimed[m.from()]) {
                continue; // part of a person's name ("Harrison Ford")
            }
            Organisation org = pick(m.values(), d.placeCodes());
            if (org == null) {
                continue;
            }
            out.add(d.evidence("organisations", org.name(), m.from(), m.to(), "alias"));
            if (org.country() != null) {
                out.add(d.evidence("countries", org.country(), m.from(), m.to(),
                        "institution:" + org.name()));
            }
        }
    }

    /**
     * The organisation a phrase names: when several share it ("Supreme Court"), the one whose
     * country the post names, else the first listed.
     */
    private Organisation pick(List<Alias> values, Set<String> places) {
        Organisation first = null;
        for (Alias a : values) {
            if (a.kind() != Alias.Kind.ORG) {
                continue;
            }
            Organisation org = kb.orgs().get(a.target());
            if (first == null) {
                first = org;
            }
            if (org.country() != null && places.contains(org.country())) {
                return org;
            }
        }
        return first;
    }
}
