package io.liveline.enrich.tagger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the people a post names: known people from the knowledge base, unknown people from the
 * shape of the text (capitalised words, given names, titles, speech verbs), and surname or
 * possessive mentions of either.
 */
final class PersonDetector {

    // Lower-case name particles that may sit inside a name ("Ursula von der Leyen").
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "di", "do", "dos",
            "das", "du", "van", "von", "der", "den", "ter", "bin", "ibn", "al", "el", "la", "le", "y");
    // Words after a name that show a person is speaking or being spoken to.
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "tells", "added", "adds",
            "wrote", "writes", "explained", "warned", "insisted", "argued", "stated", "admitted",
            "claimed", "asked", "replied", "posted", "tweeted", "announced", "confirmed", "urged");
    // Words after "Name," that open an apposition ("Pete Hegseth, the US defence secretary").
    private static final Set<String> APPOSITION = Set.of("the", "a", "an");
    // Words after a name that make it part of a bigger name (guideline P5: "Ronald Reagan Airport").
    private static final Set<String> NAMED_AFTER = Set.of("airport", "street", "road", "avenue", "square",
            "bridge", "stadium", "arena", "park", "palace", "house", "tower", "hall", "church", "cathedral",
            "prize", "award", "awards", "foundation", "institute", "university", "college", "school",
            "hospital", "center", "centre", "national", "international", "memorial", "library", "museum",
            "trophy", "cup", "doctrine", "administration", "era", "show");
    // Honorifics after which a bare surname is the fullest name a post gives ("Mr Justice Chamberlain").
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "justice", "judge",
            "professor", "prof", "lord", "lady", "baroness");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final KnowledgeBase kb;

    PersonDetector(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * People of a post. Words of names are marked in {@code claimed}, so that "Sydney" in "Sydney
     * Sweeney" gives no place; words already claimed (organisation names) are skipped. A bare
     * surname the post does not explain may name a person of {@code earlier} (null: none).
     */
    List<Evidence> detect(Document d, boolean[] claimed, LiveblogPeople earlier) {
        int n = d.size();
        List<Evidence> full = new ArrayList<>();
        for (TokenTrie.Match<Alias> m : d.matches()) {
            for (Alias a : m.values()) {
                if (a.kind() == Alias.Kind.PERSON) {
                    full.add(d.evidence(Evidence.Field.PEOPLE, a.target(), m.from(), m.to(), "alias"));
                    claim(claimed, m.from(), m.to());
                    break;
                }
            }
        }
        List<Integer> singles = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!isNameWord(d, claimed, i)) {
                i++;
                continue;
            }
            int j = chunkEnd(d, claimed, i);
            classify(d, i, j, full, claimed, singles);
            i = j;
        }
        List<Evidence> out = new ArrayList<>(full);
        resolveSingles(d, singles, full, claimed, earlier, out);
        return out;
    }

    /** A capitalised word that could be part of a name. */
    private boolean isNameWord(Document d, boolean[] claimed, int i) {
        Token t = d.token(i);
        if (!t.cap() || claimed[i] || !Character.isLetter(t.norm().charAt(0))) {
            return false;
        }
        if (kb.titles().contains(t.norm()) || kb.notNames().contains(t.norm())) {
            return false;
        }
        TokenTrie.Match<Alias> m = d.coverAt(i);
        // A longer phrase ("New York", "Bank of England") is a place or body, not part of a name.
        return m == null || m.to() - m.from() == 1;
    }

    private int chunkEnd(Document d, boolean[] claimed, int i) {
        int n = d.size();
        int j = i + 1;
        while (j < n) {
            if (joined(d, j - 1) && isNameWord(d, claimed, j)) {
                j++;
            } else if (j + 1 < n && PARTICLES.contains(d.norm(j)) && !d.token(j).cap()
                    && joined(d, j - 1) && joined(d, j) && isNameWord(d, claimed, j + 1)) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    /** Whether token {@code i} and the next are written as parts of one name. */
    private static boolean joined(Document d, int i) {
        String gap = d.gapAfter(i);
        if (gap.equals(" ") || gap.equals("-")) {
            return true;
        }
        String word = d.norm(i);
        if ((gap.equals("'") || gap.equals("\u2019")) && word.length() <= 2) {
            return true; // O'Brien, D'Souza; but not "Putin's"
        }
        // Initials: "George W. Bush", "J.D. Vance".
        return word.length() == 1 && (gap.equals(". ") || gap.equals("."));
    }

    private void classify(Document d, int i, int j, List<Evidence> full, boolean[] claimed,
            List<Integer> singles) {
        int a = i;
        // "Ukrainian Kira Rudik": a leading demonym or body is not part of the name.
        while (j - a > 2 && d.coverAt(a) != null) {
            a++;
        }
        // "Asked Maria Obuya ...": a sentence-initial word before a given name is not a name.
        if (j - a > 2 && d.token(a).sentenceStart() && !given(d, a) && given(d, a + 1)) {
            a++;
        }
        int len = j - a;
        if (len >= 2 && len <= 4 && (given(d, a) || cued(d, a, j)) && !isOrganisation(d, a, j)
                && !namedAfter(d, j)) {
            String name = SPACES.matcher(d.span(a, j)).replaceAll(" ");
            full.add(d.evidence(Evidence.Field.PEOPLE, name, a, j, "name-shape"));
            claim(claimed, a, j);
            return;
        }
        for (int k = i; k < j; k++) {
            singles.add(k);
        }
    }

    private static boolean namedAfter(Document d, int to) {
        return to < d.size() && d.token(to).cap() && d.gapAfter(to - 1).equals(" ")
                && NAMED_AFTER.contains(d.norm(to));
    }

    private boolean given(Document d, int i) {
        return kb.givenNames().contains(d.norm(i));
    }

    private boolean isOrganisation(Document d, int from, int to) {
        for (int k = from; k < to; k++) {
            TokenTrie.Match<Alias> m = d.coverAt(k);
            // A single-word body after a given name is a surname ("Harrison Ford"), so only the
            // first word decides.
            if (m != null && k == from && !given(d, k)) {
                return true;
            }
        }
        return false;
    }

    /** A title before, a byline, a speech verb or an apposition after the name. */
    private boolean cued(Document d, int from, int to) {
        String before = d.norm(from - 1);
        // A byline "By Deborah Haynes" (capital B); "a takeover by Paramount Skydance" is none.
        if (kb.titles().contains(before) || before.equals("by") && d.token(from - 1).cap()) {
            return true;
        }
        // "Sky's Jayne Secker": a possessive of a body introduces a name ("Florida's Big Bend" does not).
        if (before.equals("s") && from >= 2 && d.gapAfter(from - 2).length() == 1) {
            TokenTrie.Match<Alias> owner = d.coverAt(from - 2);
            if (owner != null && owner.values().stream().anyMatch(a -> a.kind() == Alias.Kind.ORG)) {
                return true;
            }
        }
        String after = d.norm(to);
        if (SPEECH.contains(after)) {
            return true;
        }
        return to < d.size() && d.gapAfter(to - 1).startsWith(",") && apposition(d, to);
    }

    /** ", who ..." or ", the ... secretary": a role within a few words ("Paramount, the companies" is none). */
    private boolean apposition(Document d, int at) {
        String first = d.norm(at);
        if (first.equals("who") || first.equals("whose")) {
            return true;
        }
        if (!APPOSITION.contains(first)) {
            return false;
        }
        for (int k = at + 1; k < d.size() && k <= at + 5; k++) {
            if (kb.titles().contains(d.norm(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Surnames and possessives: a full name given in the post first, then one given earlier in the
     * live blog, then a famous surname.
     */
    private static void resolveSingles(Document d, List<Integer> singles, List<Evidence> full,
            boolean[] claimed, LiveblogPeople earlier, List<Evidence> out) {
        if (singles.isEmpty()) {
            return;
        }
        Map<String, List<Evidence>> bySurname = new HashMap<>();
        for (Evidence e : full) {
            // Both the words as written and the canonical name give a surname to look for.
            // Styles like "Abdullah II of Jordan" have no surname to look for.
            List<String> names = e.tag().contains(",") || e.tag().contains(" of ")
                    ? List.of(e.span()) : List.of(e.span(), e.tag());
            for (String name : names) {
                List<String> words = Tokenizer.words(name);
                if (words.size() > 1) {
                    List<Evidence> list = bySurname.computeIfAbsent(words.get(words.size() - 1),
                            k -> new ArrayList<>());
                    if (!list.contains(e)) {
                        list.add(e);
                    }
                }
            }
        }
        for (int k : singles) {
            List<Evidence> known = bySurname.get(d.norm(k));
            if (known != null) {
                Evidence nearest = nearest(known, d.token(k).start());
                out.add(d.evidence(Evidence.Field.PEOPLE, nearest.tag(), k, k + 1, "surname-of:" + nearest.tag()));
                claimed[k] = true;
                continue;
            }
            TokenTrie.Match<Alias> m = d.coverAt(k);
            String target = m == null ? null : onlySurname(m.values());
            // The blog's own people come before famous ones, but never over a place or body ("Paris").
            String blogPerson = earlier == null || (m != null && target == null) ? null : earlier.fullName(d.norm(k));
            if (blogPerson != null) {
                out.add(d.evidence(Evidence.Field.PEOPLE, blogPerson, k, k + 1, "surname-earlier-in-liveblog:" + blogPerson));
                claimed[k] = true;
            } else if (target != null) {
                out.add(d.evidence(Evidence.Field.PEOPLE, target, k, k + 1, "surname-of:" + target));
                claimed[k] = true;
            } else if (m == null && HONORIFICS.contains(d.norm(k - 1)) && !nextIsName(d, k)) {
                out.add(d.evidence(Evidence.Field.PEOPLE, d.span(k, k + 1), k, k + 1, "honorific"));
                claimed[k] = true;
            }
        }
    }

    private static boolean nextIsName(Document d, int k) {
        return k + 1 < d.size() && d.token(k + 1).cap() && d.gapAfter(k).equals(" ");
    }

    /** The full mention closest before the offset, else the first one. */
    private static Evidence nearest(List<Evidence> known, int offset) {
        Evidence best = known.get(0);
        for (Evidence e : known) {
            if (e.start() < offset && e.start() >= best.start()) {
                best = e;
            }
        }
        return best;
    }

    /** The one person a bare surname names, when no place, body or second person shares it. */
    private static String onlySurname(List<Alias> values) {
        String target = null;
        for (Alias a : values) {
            if (a.kind() != Alias.Kind.SURNAME || (target != null && !target.equals(a.target()))) {
                return null;
            }
            target = a.target();
        }
        return target;
    }

    private static void claim(boolean[] claimed, int from, int to) {
        for (int k = from; k < to; k++) {
            claimed[k] = true;
        }
    }
}
