package io.liveline.enrich.tagger;

import java.util.List;
import java.util.Set;

/**
 * Turns organisation phrases into organisation tags, and national institutions into their
 * country as well (guideline C7: "the Knesset" gives IL).
 */
final class OrganisationResolver {

    // Words that make "Liverpool" the club rather than the city.
    static final Set<String> SPORT_WORDS = Set.of("match", "scored", "goal", "goals", "league",
            "cup", "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "season",
            "fixture", "derby", "squad", "transfer", "football", "fans", "stadium", "champions", "beat",
            "draw", "win", "defeat", "title", "signing", "kick", "premier", "seed", "seeded", "tournament",
            "championship", "championships", "wickets", "innings", "tries", "metres", "marathon", "medal",
            "athletics", "tennis", "golf", "cricket", "rugby", "cycling", "soccer", "boxing", "skiing",
            "swimming", "basketball", "hockey", "sprint", "rowing", "badminton", "squash", "wrestling", "racing",
            "podium", "lap", "laps");

    private final KnowledgeBase kb;

    OrganisationResolver(KnowledgeBase kb) {
        this.kb = kb;
    }

    void resolve(Document d, boolean[] claimed, List<Evidence> out) {
        for (TokenTrie.Match<Alias> m : d.matches()) {
            if (claimed[m.from()]) {
                continue; // part of a person's name ("Harrison Ford")
            }
            if (m.to() - m.from() == 1 && d.shouted(m.from()) && kb.notNames().contains(d.norm(m.from()))) {
                continue; // "WHO WAS LAST SEEN": in capitals an acronym may be a common word
            }
            Organisation org = pick(m.values(), d.placeCodes());
            if (org == null || isPlace(m.values()) && !clubMeant(d, m.values()) || partOfLongerName(d, m)) {
                continue;
            }
            out.add(d.evidence(Evidence.Field.ORGANISATIONS, org.name(), m.from(), m.to(), "alias"));
            if (org.country() != null) {
                out.add(d.evidence(Evidence.Field.COUNTRIES, org.country(), m.from(), m.to(),
                        "institution:" + org.name()));
            }
        }
    }

    /**
     * "Sky Villa", "Apple Watch": a one-word name followed by another capitalised word belongs to a
     * longer name the KB does not know. Acronyms are exempt: "NATO Summit" still names NATO.
     */
    private boolean partOfLongerName(Document d, TokenTrie.Match<Alias> m) {
        int next = m.to();
        if (m.to() - m.from() > 1 || d.token(m.from()).upper() || next >= d.size()) {
            return false;
        }
        Token t = d.token(next);
        return t.cap() && d.gapAfter(m.from()).equals(" ") && d.coverAt(next) == null
                && !kb.titles().contains(t.norm()) && !kb.notNames().contains(t.norm());
    }

    /** A phrase that names both a club and its city means the club in a post about sport. */
    static boolean clubMeant(Document d, List<Alias> values) {
        return values.stream().anyMatch(a -> a.kind() == Alias.Kind.ORG) && isPlace(values) && d.aboutSport();
    }

    private static boolean isPlace(List<Alias> values) {
        return values.stream().anyMatch(a -> a.kind().isPlace());
    }

    /**
     * The organisation a phrase names: when several share it ("Supreme Court", "Conservatives"),
     * the one whose home country the post names, else the first listed.
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
            if (org.home() != null && places.contains(org.home())) {
                return org;
            }
        }
        return first;
    }
}
