package io.liveline.enrich.tagger;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds organisations missing from the knowledge base by their shape: a run of capitalised words
 * ending in an organisation head word ("Greater Manchester Police", "Japan Meteorological Agency").
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
                String name = SPACES.matcher(d.span(i, lastHead + 1)).replaceAll(" ");
                out.add(d.evidence("organisations", name, i, lastHead + 1, "name-shape"));
                for (int k = i; k <= lastHead; k++) {
                    claimed[k] = claimed[k] || !isCountryName(d, k);
                }
            }
            i = Math.max(j, i + 1);
        }
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
