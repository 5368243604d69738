package io.liveline.enrich.tagger;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds organisations missing from the knowledge base by their shape: a run of capitalised words
 * ending in an organisation head word ("Greater Manchester Police", "Japan Meteorological Agency"),
 * or described as one by the words around it ("campaign group Al-Haq", "the IG Metall union",
 * "the far-right Chega party").
 */
final class OrganisationDetector {

    // Lower-case words allowed inside a name ("Department of Health and Social Care").
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on", "de");
    // Capitalised words that start sentences or clauses rather than names.
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "and", "but", "or", "in", "on",
            "at", "for", "of", "to", "by", "from", "with", "as", "after", "before", "this", "that",
            "these", "those", "he", "she", "it", "we", "they", "his", "her", "its", "our", "their", "i",
            "you", "if", "when", "while", "asked", "meanwhile", "speaking", "according");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> STATE_HEADS = Set.of("ministry", "department", "army", "navy",
            "forces", "force", "police", "guard", "parliament", "government", "court", "office",
            "military", "command", "corps", "agency", "service", "services", "authority");

    // "<kind> group Name": the kinds of group that are organisations.
    private static final Set<String> GROUP_KINDS = Set.of("campaign", "rights", "militant", "rebel", "lobby",
            "pressure", "armed", "advocacy", "activist", "jihadist", "paramilitary", "environmental", "protest");
    // "the <political word> Name party": "the Christmas party" is no organisation, "the far-right X party" is.
    private static final Set<String> PARTY_CUES = Set.of("right", "left", "wing", "ruling", "opposition",
            "governing", "nationalist", "populist", "separatist", "islamist", "centrist", "conservative",
            "liberal", "socialist", "communist", "green", "anti", "immigration", "junior", "coalition");

    private final Set<String> heads;

    OrganisationDetector(KnowledgeBase kb) {
        this.heads = kb.orgHeads();
    }

    /**
     * Adds organisation evidence and claims the words of each name, except country names inside it,
     * which still count for the country (a national agency, guideline C7).
     */
    void detect(Document d, boolean[] claimed, List<Evidence> out) {
        int n = d.size();
        int i = 0;
        while (i < n) {
            if (!eligible(d, claimed, i)) {
                i++;
                continue;
            }
            int lastHead = -1;
            int j = i;
            while (j < n) {
                if (j > i && !plainGap(d, j - 1)) {
                    break; // "Sunday. Greater Manchester Police": a name does not cross punctuation
                }
                if (eligible(d, claimed, j)) {
                    if (heads.contains(d.norm(j))) {
                        lastHead = j;
                    }
                    j++;
                } else if (CONNECTORS.contains(d.norm(j)) && !d.token(j).cap() && j + 1 < n
                        && eligible(d, claimed, j + 1)) {
                    j++;
                } else {
                    break;
                }
            }
            if (lastHead > i && !describesStateBody(d, i, lastHead)) {
                add(d, i, lastHead + 1, "name-shape", claimed, out);
            } else if (lastHead < 0 && j - i <= 4 && !allKnownPlaces(d, i, j)) {
                String cue = description(d, i, j);
                if (cue != null) {
                    add(d, i, j, cue, claimed, out);
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    private static void add(Document d, int from, int to, String rule, boolean[] claimed, List<Evidence> out) {
        String name = SPACES.matcher(d.span(from, to)).replaceAll(" ");
        out.add(d.evidence(Evidence.Field.ORGANISATIONS, name, from, to, rule));
        for (int k = from; k < to; k++) {
            claimed[k] = claimed[k] || !isCountryName(d, k);
        }
    }

    /** The words around a run that say it names an organisation, or null. */
    private static String description(Document d, int from, int to) {
        String next = to < d.size() && !d.token(to).cap() && d.gapAfter(to - 1).equals(" ") ? d.norm(to) : "";
        String before = from > 0 && !d.token(from - 1).cap() ? d.norm(from - 1) : "";
        if (before.equals("group") && from > 1 && GROUP_KINDS.contains(d.norm(from - 2))) {
            return "described:" + d.norm(from - 2) + " group";
        }
        if (next.equals("union") && before.equals("the")) {
            return "described:union";
        }
        if (next.equals("party") && PARTY_CUES.contains(before)) {
            return "described:party";
        }
        return null;
    }

    /** Words that are all known places or demonyms ("the European union" is the EU, not a new body). */
    private static boolean allKnownPlaces(Document d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.coverAt(k) == null) {
                return false;
            }
        }
        return true;
    }

    private static boolean plainGap(Document d, int i) {
        String gap = d.gapAfter(i);
        return gap.equals(" ") || gap.equals("-") || gap.equals(" & ");
    }

    private boolean eligible(Document d, boolean[] claimed, int i) {
        Token t = d.token(i);
        if (!t.cap() || claimed[i] || OPENERS.contains(t.norm())) {
            return false;
        }
        TokenTrie.Match<Alias> m = d.coverAt(i);
        // A known organisation or person is handled by its own resolver.
        return m == null || m.values().stream().allMatch(a -> a.kind().isPlace());
    }

    /**
     * "Ukrainian Defence Ministry" describes a state body (its demonym gives the country); "Turkish
     * Airlines" names a company.
     */
    private static boolean describesStateBody(Document d, int i, int head) {
        TokenTrie.Match<Alias> m = d.coverAt(i);
        return m != null && m.values().stream().anyMatch(a -> a.kind() == Alias.Kind.DEMONYM)
                && STATE_HEADS.contains(d.norm(head));
    }

    private static boolean isCountryName(Document d, int k) {
        TokenTrie.Match<Alias> m = d.coverAt(k);
        return m != null && m.values().stream().anyMatch(a -> a.kind() == Alias.Kind.COUNTRY);
    }
}
