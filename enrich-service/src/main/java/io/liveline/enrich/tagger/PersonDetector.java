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
            "das", "du", "van", "von", "der", "den", "ter", "ten", "bin", "ibn", "al", "el", "la", "le", "y",
            "i", "e", "zu", "af", "av", "bint", "ben");
    // Words after a name that show a person is speaking or being spoken to.
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "tells", "added", "adds",
            "wrote", "writes", "explained", "warned", "insisted", "argued", "stated", "admitted",
            "claimed", "asked", "replied", "posted", "tweeted", "announced", "confirmed", "urged", "denied",
            "noted", "conceded", "revealed", "stressed", "complained", "testified", "pleaded", "recalled",
            "scored", "finished", "resigned", "retired", "died");
    // Words after "Name," that open an apposition ("Pete Hegseth, the US defence secretary").
    private static final Set<String> APPOSITION = Set.of("the", "a", "an");
    // Words after a name that make it part of a bigger name (guideline P5: "Ronald Reagan Airport").
    private static final Set<String> NAMED_AFTER = Set.of("airport", "street", "road", "avenue", "square",
            "bridge", "stadium", "arena", "park", "palace", "house", "tower", "hall", "church", "cathedral",
            "prize", "award", "awards", "foundation", "institute", "university", "college", "school",
            "hospital", "center", "centre", "national", "international", "memorial", "library", "museum",
            "trophy", "cup", "doctrine", "administration", "era", "show");
    // Lower-case words after a name that make it the name of a group, besides the organisation
    // detector's kinds of group: these also follow other words ("the Christmas party").
    private static final Set<String> GROUP_WORDS = Set.of("party", "union", "clan", "brigade", "brigades",
            "company", "firm", "foundation");
    // Honorifics after which a bare surname is the fullest name a post gives ("Mr Justice Chamberlain").
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "justice", "judge",
            "professor", "prof", "lord", "lady", "baroness");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final KnowledgeBase kb;
    private final Set<String> events;

    PersonDetector(KnowledgeBase kb) {
        this.kb = kb;
        this.events = KnowledgeBaseLoader.words("event-words.txt");
    }

    /** A verb after a name that shows a person speaking or acting ("said", "told", "scored"). */
    static boolean isSpeechVerb(String norm) {
        return SPEECH.contains(norm);
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
        boolean sport = d.aboutSport();
        List<int[]> chunks = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (d.shouted(i) || !isNameWord(d, claimed, i)) {
                i++;
                continue;
            }
            int j = chunkEnd(d, claimed, i);
            chunks.add(new int[] {i, j, trimmedStart(d, i, j)});
            i = j;
        }
        boolean[] named = new boolean[chunks.size()];
        for (int c = 0; c < chunks.size(); c++) {
            int[] ch = chunks.get(c);
            named[c] = nameShaped(d, ch[2], ch[1]) && (given(d, ch[2]) || initials(d, ch[2], ch[1])
                    || cued(d, ch[2], ch[1], sport));
        }
        listMates(d, chunks, named);
        List<Integer> singles = new ArrayList<>();
        for (int c = 0; c < chunks.size(); c++) {
            int[] ch = chunks.get(c);
            if (named[c]) {
                String name = SPACES.matcher(d.span(ch[2], ch[1])).replaceAll(" ");
                String longer = longerName(d, chunks, named, c);
                full.add(longer == null ? d.evidence(Evidence.Field.PEOPLE, name, ch[2], ch[1], "name-shape")
                        : d.evidence(Evidence.Field.PEOPLE, longer, ch[2], ch[1], "surname-of:" + longer));
                claim(claimed, ch[2], ch[1]);
            } else {
                for (int k = ch[0]; k < ch[1]; k++) {
                    singles.add(k);
                }
            }
        }
        if (d.anyShouted()) {
            shouted(d, claimed, full, singles);
        }
        List<Evidence> out = new ArrayList<>(full);
        resolveSingles(d, singles, full, claimed, earlier, out);
        return out;
    }

    /**
     * "Cate-Bos said" after "Henk ten Cate-Bos": a name whose words end a longer name of the post is
     * that person (the particle "Ten" opening the sentence was left out).
     */
    private static String longerName(Document d, List<int[]> chunks, boolean[] named, int c) {
        int from = chunks.get(c)[2];
        int len = chunks.get(c)[1] - from;
        for (int o = 0; o < chunks.size(); o++) {
            int oFrom = chunks.get(o)[2];
            int oTo = chunks.get(o)[1];
            if (o == c || !named[o] || oTo - oFrom <= len) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < len && same; k++) {
                same = d.norm(from + k).equals(d.norm(oTo - len + k));
            }
            if (same) {
                return SPACES.matcher(d.span(oFrom, oTo)).replaceAll(" ");
            }
        }
        return null;
    }

    /**
     * "Hamish Carruthers, Oluwaseun Adebisi, Felix Hartmann and Matteo Rossi": a two- or three-word
     * name listed next to a person's name is a person too.
     */
    private void listMates(Document d, List<int[]> chunks, boolean[] named) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int c = 0; c < chunks.size(); c++) {
                int[] ch = chunks.get(c);
                if (named[c] || ch[1] - ch[2] < 2 || ch[1] - ch[2] > 3 || !nameShaped(d, ch[2], ch[1])) {
                    continue;
                }
                boolean mate = c > 0 && named[c - 1] && listed(d, chunks.get(c - 1)[1], ch[2])
                        || c + 1 < chunks.size() && named[c + 1] && listed(d, ch[1], chunks.get(c + 1)[2]);
                if (mate) {
                    named[c] = true;
                    changed = true;
                }
            }
        }
    }

    /** Whether the words between a name ending at {@code end} and one starting at {@code start} list them. */
    private static boolean listed(Document d, int end, int start) {
        if (end == start) {
            return d.gapIs(end - 1, ", ");
        }
        return end + 1 == start && d.norm(end).equals("and")
                && (d.gapIs(end - 1, " ") || d.gapIs(end - 1, ", ")) && d.gapIs(end, " ");
    }

    /**
     * Names in lines written in capitals: a given name and the word after it ("HOUSING MINISTER GRACE
     * ADJEI-MENSAH RESIGNED"), taken alone only when the whole post is in capitals and otherwise as
     * another mention of a person the rest of the post names; other words are surname candidates
     * that only a full name of the same post can explain ("OKONJO UPSETS TOP SEED").
     */
    private void shouted(Document d, boolean[] claimed, List<Evidence> full, List<Integer> singles) {
        int n = d.size();
        int i = 0;
        while (i < n) {
            if (!d.shouted(i) || claimed[i] || !shoutedNameWord(d.norm(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            if (given(d, i)) {
                while (end < n && PARTICLES.contains(d.norm(end)) && d.gapIs(end - 1, " ")) {
                    end++;
                }
                if (end < n && (d.gapIs(end - 1, " ") || end > i + 1) && !claimed[end]
                        && shoutedNameWord(d.norm(end)) && d.shouted(end)) {
                    end++;
                    while (end < n && (d.gapIs(end - 1, "-") || d.gapIs(end - 1, "'"))
                            && shoutedNameWord(d.norm(end))) {
                        end++; // "ADJEI-MENSAH", "O'SULLIVAN"
                    }
                } else {
                    end = i + 1;
                }
            }
            if (end - i >= 2) {
                String name = SPACES.matcher(Names.titleCase(d.span(i, end))).replaceAll(" ");
                String known = d.allShouted() ? name : sameAsKnown(name, full);
                if (known != null) {
                    full.add(d.evidence(Evidence.Field.PEOPLE, known, i, end, "name-shape-in-capitals"));
                    claim(claimed, i, end);
                }
            } else {
                singles.add(i);
            }
            i = end;
        }
    }

    private static String sameAsKnown(String name, List<Evidence> full) {
        List<String> words = Tokenizer.words(name);
        for (Evidence e : full) {
            if (Tokenizer.words(e.tag()).equals(words)) {
                return e.tag();
            }
        }
        return null;
    }

    /** A word in capitals that may be part of a name: no role, function word, verb or body word. */
    private boolean shoutedNameWord(String norm) {
        return norm.length() >= 2 && Character.isLetter(norm.charAt(0)) && !kb.titles().contains(norm)
                && !kb.notNames().contains(norm) && !SPEECH.contains(norm) && !kb.orgHeads().contains(norm)
                && !events.contains(norm);
    }

    /** A capitalised word that could be part of a name. */
    private boolean isNameWord(Document d, boolean[] claimed, int i) {
        Token t = d.token(i);
        if (!t.cap() || claimed[i] || !Character.isLetter(t.norm().charAt(0))) {
            return false;
        }
        if (t.norm().length() == 1 && d.gapStarts(i, ".") && i + 1 < d.size() && d.token(i + 1).cap()) {
            return true; // an initial, even "A." ("A. Pryce-Jones")
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
            } else if (d.gapIs(j - 1, "-") && !d.token(j).cap() && d.norm(j).length() <= 4
                    && Character.isLetter(d.norm(j).charAt(0)) && !PARTICLES.contains(d.norm(j))) {
                j++; // "Jae-won", "Hyun-woo"
            } else if (particlesThenName(d, claimed, j) > 0) {
                j += particlesThenName(d, claimed, j); // "de Boer", "van der Sar", "de la Cruz"
            } else {
                break;
            }
        }
        return j;
    }

    /** How many lower-case particles and the name word after them start at {@code j} (0: none). */
    private int particlesThenName(Document d, boolean[] claimed, int j) {
        int k = j;
        while (k < d.size() && k - j < 3 && PARTICLES.contains(d.norm(k)) && !d.token(k).cap() && joined(d, k - 1)) {
            k++;
        }
        return k > j && k < d.size() && joined(d, k - 1) && isNameWord(d, claimed, k) ? k + 1 - j : 0;
    }

    /** Whether token {@code i} and the next are written as parts of one name. */
    private static boolean joined(Document d, int i) {
        if (d.gapIs(i, " ") || d.gapIs(i, "-")) {
            return true;
        }
        String word = d.norm(i);
        if ((d.gapIs(i, "'") || d.gapIs(i, "\u2019")) && word.length() <= 2) {
            return true; // O'Brien, D'Souza; but not "Putin's"
        }
        // Initials: "George W. Bush", "J.D. Vance".
        return word.length() == 1 && (d.gapIs(i, ". ") || d.gapIs(i, "."));
    }

    /** Where the name in chunk {@code [i, j)} starts, past a leading demonym or sentence opener. */
    private int trimmedStart(Document d, int i, int j) {
        int a = i;
        // "Ukrainian Kira Rudik": a leading demonym or body is not part of the name.
        while (j - a > 2 && d.coverAt(a) != null) {
            a++;
        }
        // "Asked Maria Obuya ..." opening a sentence, "the Bishop of Tarrowby Helen Marsh" after a
        // title's "of": a word before a given name that is no given name is not part of the name.
        if (j - a > 2 && !given(d, a) && given(d, a + 1) && (d.token(a).sentenceStart() || placeOfTitle(d, a))) {
            a++;
        }
        return a;
    }

    /** Whether token {@code k} follows a title and "of" ("Archbishop of", "Mayor of"). */
    private boolean placeOfTitle(Document d, int k) {
        return k >= 2 && d.norm(k - 1).equals("of") && kb.titles().contains(d.norm(k - 2));
    }

    /** Two to four words that are not a body, an event or part of a bigger name (P5). */
    private boolean nameShaped(Document d, int a, int j) {
        int len = j - a;
        return len >= 2 && len <= 4 && !isOrganisation(d, a, j) && !namedAfter(d, j) && !groupAfter(d, j)
                && !events.contains(d.norm(j - 1)) && !kb.orgHeads().contains(d.norm(j - 1));
    }

    /** "M. Haldane", "J.K. Boateng": initials before a surname. */
    private static boolean initials(Document d, int a, int j) {
        return d.norm(a).length() == 1 && d.gapStarts(a, ".") && d.norm(j - 1).length() >= 2;
    }

    /** "the Abu Sayyaf group": a name followed by the kind of group it names is no person. */
    private static boolean groupAfter(Document d, int to) {
        return to < d.size() && !d.token(to).cap() && d.gapIs(to - 1, " ")
                && (GROUP_WORDS.contains(d.norm(to)) || OrganisationDetector.GROUP_NAMES.contains(d.norm(to)));
    }

    private static boolean namedAfter(Document d, int to) {
        return to < d.size() && d.token(to).cap() && d.gapIs(to - 1, " ")
                && NAMED_AFTER.contains(d.norm(to));
    }

    private boolean given(Document d, int i) {
        return kb.givenNames().contains(d.norm(i));
    }

    private boolean isOrganisation(Document d, int from, int to) {
        for (int k = from; k < to; k++) {
            TokenTrie.Match<Alias> m = d.coverAt(k);
            // A single-word body after a given name is a surname ("Harrison Ford"), so only the
            // first word decides; a known surname there ("Marcos Paulo") is no body.
            if (m != null && k == from && !given(d, k)
                    && m.values().stream().anyMatch(a -> a.kind() != Alias.Kind.SURNAME && a.kind() != Alias.Kind.PERSON)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A title before, a byline, a speech verb or an apposition after the name; an age ("X, 34,"), a
     * country in brackets ("X (Norway) 45.02"); in a post about sport also a nationality or a
     * country's possessive before it ("Estonian Karl Tamm", "Japan's Ren Takahashi") and a rank or
     * score opening a results line ("1. Tobiloba Adeyemi", "66 Finn Aldridge").
     */
    private boolean cued(Document d, int from, int to, boolean sport) {
        String before = d.norm(from - 1);
        // A byline "By Deborah Haynes" (capital B); "a takeover by Paramount Skydance" is none.
        if (kb.titles().contains(before) || before.equals("by") && d.token(from - 1).cap()) {
            return true;
        }
        // "Sky's Jayne Secker": a possessive of a body introduces a name ("Florida's Big Bend" does not).
        if (before.equals("s") && from >= 2 && d.gapAfter(from - 2).length() == 1) {
            TokenTrie.Match<Alias> owner = d.coverAt(from - 2);
            if (owner != null && owner.values().stream().anyMatch(a -> a.kind() == Alias.Kind.ORG
                    || sport && a.kind() == Alias.Kind.COUNTRY)) {
                return true;
            }
        }
        if (sport && from >= 1 && (nationality(d, from - 1) || resultsRank(d, from - 1))) {
            return true;
        }
        String after = d.norm(to);
        if (SPEECH.contains(after) && d.gapAfter(to - 1).indexOf('.') < 0 && !d.gapHasNewline(to - 1)) {
            return true;
        }
        return to < d.size() && (d.gapStarts(to - 1, ",") && (apposition(d, to) || age(d, to))
                || countryInBrackets(d, to));
    }

    private static boolean nationality(Document d, int k) {
        TokenTrie.Match<Alias> m = d.coverAt(k);
        return m != null && m.to() == k + 1 && d.gapIs(k, " ")
                && m.values().stream().anyMatch(a -> a.kind() == Alias.Kind.DEMONYM);
    }

    /** "1. " or "66 " at the start of a line. */
    private static boolean resultsRank(Document d, int k) {
        String w = d.norm(k);
        if (w.isEmpty() || w.length() > 3 || !Character.isDigit(w.charAt(0))) {
            return false;
        }
        return (k == 0 || d.gapHasNewline(k - 1)) && (d.gapIs(k, ". ") || d.gapIs(k, " "));
    }

    /** ", 34,": an age after a name. */
    private static boolean age(Document d, int at) {
        String w = d.norm(at);
        return !w.isEmpty() && w.length() <= 2 && w.chars().allMatch(Character::isDigit)
                && (at + 1 >= d.size() || d.gapStarts(at, ","));
    }

    /** "Henrik Strand (Norway)": a country or nationality in brackets right after a name. */
    private static boolean countryInBrackets(Document d, int at) {
        if (!d.gapIs(at - 1, " (")) {
            return false;
        }
        TokenTrie.Match<Alias> m = d.coverAt(at);
        return m != null && m.from() == at && d.gapStarts(m.to() - 1, ")")
                && m.values().stream().anyMatch(a -> a.kind() == Alias.Kind.COUNTRY || a.kind() == Alias.Kind.DEMONYM);
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
            } else if (target != null && !d.shouted(k)) {
                out.add(d.evidence(Evidence.Field.PEOPLE, target, k, k + 1, "surname-of:" + target));
                claimed[k] = true;
            } else if (m == null && !d.shouted(k) && HONORIFICS.contains(d.norm(k - 1)) && !nextIsName(d, k)) {
                out.add(d.evidence(Evidence.Field.PEOPLE, d.span(k, k + 1), k, k + 1, "honorific"));
                claimed[k] = true;
            }
        }
    }

    private static boolean nextIsName(Document d, int k) {
        return k + 1 < d.size() && d.token(k + 1).cap() && d.gapIs(k, " ");
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
