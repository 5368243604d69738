package io.liveline.enrich.tagger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds organisations missing from the knowledge base by their shape and by the words around them:
 * <ul>
 * <li>a run of capitalised words ending in a head word ("Greater Manchester Police", "Bank of
 * Tanzania", "Brightwater Holdings") or a legal form, which the name then drops ("Vossberg AG");
 * <li>in a post about sport, a club's head or prefix ("Castlemoor United", "Team Kraftwerk") and the
 * teams of a results line ("Zadar Sharks 88 Mostar Bridges 79");
 * <li>a description next to the name ("campaign group Al-Haq", "the IG Metall union", "retailer
 * Pemberley &amp; Finch", "shares in Qorvex", "Qorvex's chief executive", "X said in a statement");
 * <li>an acronym the text defines ("the National Union of Dock Workers (NUDW)"), which then names
 * the same organisation wherever it recurs.
 * </ul>
 * A name in a line written in capitals is taken only when the whole post is in capitals, or as
 * another mention of an organisation the rest of the post names.
 */
final class OrganisationDetector {

    // Lower-case words allowed inside a name ("Department of Health and Social Care", "Van der Hoek").
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on", "de", "der", "van",
            "von", "del", "la", "du", "des", "di");
    // Connectors after a head that carry the name on ("Bank of Tanzania", "Court of Appeal").
    private static final Set<String> HEAD_OF = Set.of("of", "for");
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
    // Endings of compound words that are organisation heads ("Vereinsbank", "Stahlwerke", "Sparkasse").
    private static final List<String> HEAD_SUFFIXES = List.of("bank", "werke", "gruppe", "versicherung",
            "gesellschaft", "konzern", "verband", "kasse");
    // Words after "on" that end a name rather than continue it ("Court of Appeal on Friday").
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "today", "tomorrow", "yesterday", "tonight");
    // "the X group": kinds of group whose name comes first (unions and parties have rules of their own).
    static final Set<String> GROUP_NAMES = Set.of("group", "movement", "network", "faction", "militia",
            "organisation", "organization", "coalition", "alliance", "consortium", "cartel", "agency", "gang");
    // "shares in X", "a stake in X", "analysts at X": the name after is a company.
    private static final Set<String> HOLDING_WORDS = Set.of("shares", "stake", "stakes", "holding", "bid",
            "analysts", "analyst", "economists", "economist", "strategists", "strategist");
    // "X's chief executive", "X's shares": the possessor is an organisation.
    private static final Set<String> OWNED_BY_ORG = Set.of("shares", "shareholders", "board", "profit",
            "profits", "revenue", "sales", "earnings", "stock", "subsidiary", "headquarters",
            "chairman", "chairwoman", "executive", "executives", "cfo", "ceo",
            "founder", "squad", "fans", "subsidiaries", "shareholder");
    // Lower-case hyphen parts that make a place into a description of what follows it ("Amsterdam-based").
    private static final Set<String> PARTICIPLES = Set.of("based", "backed", "led", "owned", "run", "born",
            "listed", "registered", "headquartered", "controlled", "funded");
    // Officers named right after their body: "Codelco president Juan Villarzu".
    private static final Set<String> ORG_OFFICERS = Set.of("president", "chairman", "chairwoman", "spokesman",
            "spokeswoman", "spokesperson", "leader", "director", "coach", "manager", "boss", "founder");
    // Verbs after "X shares" that make X a listed company ("Tarrant shares fell").
    private static final Set<String> SHARE_MOVES = Set.of("fell", "rose", "jumped", "slumped", "dropped",
            "climbed", "gained", "lost", "slid", "surged", "soared", "tumbled", "plunged", "rallied", "were",
            "closed", "ended", "edged", "eased");

    // Words of the not-names list that organisation names still use, read in lines in capitals.
    private static final Set<String> ORG_ADJECTIVES = Set.of("national", "international", "royal", "federal",
            "european", "global", "central", "north", "south", "east", "west", "northern", "southern", "eastern",
            "western", "new", "united", "state", "republic", "general", "world");
    // Capitalised words in a line in capitals that open no name ("LAST SEEN IN THE TOWN CENTRE").
    private static final Set<String> SHOUTED_COMMON = Set.of("town", "village", "city", "county");
    // Words between two teams of a match report ("Lahti Ravens beat Tampere Lynx 4-2").
    private static final Set<String> VERSUS = Set.of("beat", "beats", "defeated", "against", "v", "vs", "over",
            "edged", "thrashed", "hammered", "drew");

    private final Set<String> heads;
    private final Set<String> headFirst;
    private final Set<String> designators;
    private final Set<String> clubHeads;
    private final Set<String> clubPrefixes;
    private final Set<String> events;
    private final Set<String> descriptors;
    private final Set<String> titles;
    private final Set<String> notNames;
    private final Set<String> givenNames;

    OrganisationDetector(KnowledgeBase kb) {
        this.heads = kb.orgHeads();
        this.titles = kb.titles();
        this.notNames = kb.notNames();
        this.givenNames = kb.givenNames();
        this.designators = KnowledgeBaseLoader.words("org-designators.txt");
        this.headFirst = KnowledgeBaseLoader.words("org-head-first.txt");
        this.clubHeads = KnowledgeBaseLoader.words("club-heads.txt");
        this.clubPrefixes = KnowledgeBaseLoader.words("club-prefixes.txt");
        this.events = KnowledgeBaseLoader.words("event-words.txt");
        this.descriptors = KnowledgeBaseLoader.words("org-descriptors.txt");
    }

    /**
     * Adds organisation evidence and claims the words of each name, except country names inside it,
     * which still count for the country (a national agency, guideline C7).
     */
    void detect(Document d, boolean[] claimed, List<Evidence> out) {
        boolean sport = d.aboutSport();
        List<Evidence> found = new ArrayList<>();
        // Lines in mixed case first: a line in capitals is then read against what they named.
        scan(d, claimed, found, sport, false);
        if (d.anyShouted()) {
            scan(d, claimed, found, sport, true);
        }
        if (sport) {
            resultTeams(d, claimed, found);
            opponents(d, claimed, found);
        }
        Map<String, Evidence> byWord = firstAndLastWords(d, found);
        byContext(d, claimed, found, byWord);
        acronymsAndShortForms(d, claimed, found, byWord);
        out.addAll(found);
    }

    private void scan(Document d, boolean[] claimed, List<Evidence> found, boolean sport, boolean shoutedPass) {
        int n = d.size();
        int i = 0;
        while (i < n) {
            if (d.shouted(i) != shoutedPass || !eligible(d, claimed, i)) {
                // "United Democratic Front": a known one-word name may open a longer one with a head.
                // So may a blocked word ("Pacific Dunlop Ltd").
                if (d.shouted(i) == shoutedPass && singleKnown(d, claimed, i) && !placeWord(d, i)) {
                    int j = runEnd(d, claimed, i);
                    int[] name = j - i >= 2 ? name(d, i, j, sport) : null;
                    if (name != null && (heads.contains(d.norm(name[2] - 1)) || name[2] < name[1])) {
                        accept(d, name, claimed, found, shoutedPass, "name-shape");
                        i = j;
                        continue;
                    }
                }
                i++;
                continue;
            }
            int j = runEnd(d, claimed, i);
            int from = i;
            // "Retailer Pemberley & Finch": a description opening the sentence is not part of the name.
            boolean described = false;
            while (from < j - 1 && descriptors.contains(d.norm(from)) && !heads.contains(d.norm(from))) {
                from++;
                described = true;
            }
            int[] name = name(d, from, j, sport);
            if (name == null && described && j - from <= 4 && !personShaped(d, from)) {
                name = new int[] {from, j, j};
            }
            if (name != null) {
                accept(d, name, claimed, found, shoutedPass, "name-shape");
            } else if (j - from <= 4 && !allKnownPlaces(d, from, j)) {
                String cue = description(d, from, j);
                if (cue != null) {
                    accept(d, new int[] {from, j, j}, claimed, found, shoutedPass, cue);
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** The end of the run of name words starting at {@code i}. */
    private int runEnd(Document d, boolean[] claimed, int i) {
        int n = d.size();
        int j = i + 1;
        while (j < n) {
            if (plainGap(d, j - 1) && eligibleInside(d, claimed, j)) {
                j++;
            } else if (d.gapIs(j - 1, "-") && !d.token(j).cap() && Character.isLetter(d.norm(j).charAt(0))
                    && !(PARTICIPLES.contains(d.norm(j)) && d.coverAt(j - 1) != null) && j + 1 < n && d.gapIs(j, " ")
                    && eligibleInside(d, claimed, j + 1)) {
                j++; // "Amalgamated Union of App-based Transporters"; but "Amsterdam-based Commodex" is two
            } else if (d.gapIs(j - 1, " ") && d.norm(j).equals("a") && j + 1 < n && d.gapIs(j, "/")
                    && d.norm(j + 1).equals("s")) {
                j += 2; // "Skovgaard Bryggeri A/S"
            } else if (d.gapIs(j - 1, " ") && CONNECTORS.contains(d.norm(j)) && (!d.token(j).cap() || d.shouted(j)) && j + 1 < n
                    && d.gapIs(j, " ") && eligibleInside(d, claimed, j + 1)
                    && !TIME_WORDS.contains(d.norm(j + 1))) {
                j += 2;
            } else if (possessiveInside(d, claimed, j)) {
                j += 2; // "St Aldhelm's Primary School": the "s" and the word after it
            } else {
                break;
            }
        }
        return j;
    }

    /** "Coroner's Court": an apostrophe-s joins a name when the word before is no known place. */
    private boolean possessiveInside(Document d, boolean[] claimed, int j) {
        return (d.gapIs(j - 1, "'") || d.gapIs(j - 1, "\u2019")) && d.norm(j).equals("s") && j + 1 < d.size()
                && d.gapIs(j, " ") && d.coverAt(j - 1) == null && eligibleInside(d, claimed, j + 1)
                && d.shouted(j + 1) == d.shouted(j - 1);
    }

    /**
     * Where the organisation in run {@code [from, to)} lies, as {from, to, end of the canonical name},
     * or null. The canonical name leaves out a trailing legal form.
     */
    private int[] name(Document d, int from, int to, boolean sport) {
        if (to - from < 1 || events.contains(d.norm(to - 1)) || allKnownPlaces(d, from, to)) {
            return null;
        }
        if (to - from >= 3 && titles.contains(d.norm(from)) && !heads.contains(d.norm(from))
                && HEAD_OF.contains(d.norm(from + 1))) {
            return null; // "Minister for Finance", "Secretary of State": a post, not a body
        }
        int last = to - 1;
        if (to - from >= 2 && designator(d, last)) {
            int end = d.norm(last).equals("s") && last > from + 1 && d.norm(last - 1).equals("a") ? last - 1 : last;
            return end > from && !personShaped(d, from) ? new int[] {from, to, end} : null;
        }
        int lastHead = -1;
        int headOf = -1;
        for (int k = from; k < to; k++) {
            if (heads.contains(d.norm(k)) || sport && k > from && clubHeads.contains(d.norm(k))
                    || k > from && compoundHead(d.norm(k))) {
                lastHead = k;
                if (headOf < 0 && k + 1 < to && HEAD_OF.contains(d.norm(k + 1))) {
                    headOf = k;
                }
            }
        }
        if (lastHead >= from) {
            // "Bank of Tanzania", "Society of Motor Manufacturers and Traders": a head followed by
            // "of"/"for" and a name ends where the run does, or before a day or other word no name
            // holds ("Court of Appeal on Friday").
            if (headOf >= 0) {
                lastHead = headOf;
            }
            int end = lastHead + 1;
            if (end < to && HEAD_OF.contains(d.norm(end))) {
                int k = end + 1;
                while (k < to && !TIME_WORDS.contains(d.norm(k))) {
                    k++;
                }
                while (k > end + 1 && CONNECTORS.contains(d.norm(k - 1))) {
                    k--;
                }
                end = k > end + 1 ? k : lastHead + 1;
            }
            if ((lastHead > from || end > lastHead + 1) && !describesStateBody(d, from, lastHead)) {
                return new int[] {from, end, end};
            }
        }
        if (to - from >= 2 && headFirst.contains(d.norm(from)) && !d.shouted(from) && !personShaped(d, from + 1)) {
            return new int[] {from, to, to}; // "Sindicato Minero Norte", "Banco Itaquera"
        }
        // "Team GB", "Team USA" are national teams (O3), which a country code after the prefix shows.
        if (sport && to - from >= 2 && clubPrefixes.contains(d.norm(from)) && !personShaped(d, from + 1)
                && !anyCountry(d, from, to) && !(d.token(from + 1).upper() && d.norm(from + 1).length() <= 3)) {
            return new int[] {from, to, to};
        }
        return null;
    }

    /** "Bayerische Vereinsbank", "Rheinische Stahlwerke": a compound ending in a head word. */
    private static boolean compoundHead(String norm) {
        for (String suffix : HEAD_SUFFIXES) {
            if (norm.length() > suffix.length() + 2 && norm.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** "Vossberg AG", "Skovgaard Bryggeri A/S", "Barnsley FC": a legal form or club suffix last. */
    private boolean designator(Document d, int k) {
        Token t = d.token(k);
        if (designators.contains(t.norm()) && t.cap()) {
            return t.upper() || t.norm().length() > 2; // "AG", "SA" only in capitals; "Ltd", "SpA" as written
        }
        return k > 0 && t.norm().equals("s") && d.norm(k - 1).equals("a") && d.gapIs(k - 1, "/");
    }

    /** Starts with a known given name: a person ("Rosa Delgado said in a statement"), not a body. */
    private boolean personShaped(Document d, int from) {
        return from < d.size() && givenNames.contains(d.norm(from)) && !heads.contains(d.norm(from + 1));
    }

    private void accept(Document d, int[] name, boolean[] claimed, List<Evidence> found, boolean shouted,
            String rule) {
        int from = name[0];
        int to = name[1];
        int end = name[2];
        if (shouted && !d.allShouted()) {
            // A headline in capitals repeats what the story names; alone it is too weak to add a body.
            Evidence same = sameAs(d, from, end, found);
            if (same != null) {
                claim(d, from, to, claimed);
                found.add(d.evidence(Evidence.Field.ORGANISATIONS, same.tag(), from, to, "headline-of:" + same.tag()));
            }
            return;
        }
        String text = SPACES.matcher(d.span(from, end)).replaceAll(" ");
        found.add(d.evidence(Evidence.Field.ORGANISATIONS, shouted ? Names.titleCase(text) : text, from, to, rule));
        claim(d, from, to, claimed);
    }

    /** An organisation already found whose name ends with the words {@code [from, to)}. */
    private static Evidence sameAs(Document d, int from, int to, List<Evidence> found) {
        String words = String.join(" ", Tokenizer.words(d.span(from, to)));
        for (Evidence e : found) {
            String known = String.join(" ", Tokenizer.words(e.tag()));
            if (known.equals(words) || known.endsWith(" " + words)) {
                return e;
            }
        }
        return null;
    }

    /**
     * "Zadar Sharks 88 Mostar Bridges 79", "Wessex 312 (M. Haldane 104)": in a post about sport, a
     * name right before a score, with another score-name pair beside it, is a team. A country there
     * is a national team (guideline O3), left to the country resolver.
     */
    private void resultTeams(Document d, boolean[] claimed, List<Evidence> found) {
        int n = d.size();
        int i = 0;
        while (i < n) {
            if (d.shouted(i) || !eligible(d, claimed, i) || !lineOrClauseStart(d, i)) {
                i++;
                continue;
            }
            int j = runEnd(d, claimed, i);
            // A city alone before a score is left to the place resolver; "PSV Eindhoven" is a club.
            if (j - i <= 3 && j < n && isScore(d, j) && d.gapIs(j - 1, " ") && !personShaped(d, i)
                    && !anyCountry(d, i, j) && !(j - i == 1 && d.coverAt(i) != null) && !events.contains(d.norm(j - 1))
                    && (facingTeam(d, j) || afterScore(d, i) || lineStart(d, i) || listItem(d, j))) {
                found.add(d.evidence(Evidence.Field.ORGANISATIONS, SPACES.matcher(d.span(i, j)).replaceAll(" "),
                        i, j, "result-line"));
                claim(d, i, j, claimed);
            }
            i = Math.max(j, i + 1);
        }
    }

    /** After the score at {@code k}: another capitalised name followed by a score. */
    private boolean facingTeam(Document d, int k) {
        int n = d.size();
        int next = k + 1;
        // "88 Mostar Bridges 79", "2 Forfar Athletic 2": skip a score's second half ("6-4").
        if (next < n && d.gapIs(k, "-") && isScore(d, next)) {
            return false; // a set or match score belongs to a sentence, not a results table
        }
        if (next >= n || !d.gapIs(k, " ") || !d.token(next).cap()) {
            return false;
        }
        int end = next;
        while (end < n && end - next < 4 && d.token(end).cap() && (end == next || plainGap(d, end - 1))) {
            end++;
        }
        return end < n && isScore(d, end);
    }

    /** "Olympia Split 71 Cedevita Tuzla 74": the second team of a pair. */
    private static boolean afterScore(Document d, int i) {
        return i >= 2 && isScore(d, i - 1) && d.gapIs(i - 1, " ") && d.token(i - 2).cap();
    }

    /** "Sparta Heerlen 16, Go Ahead Emmen 12.": a standings list, each name with its points. */
    private static boolean listItem(Document d, int score) {
        if (score + 1 >= d.size()) {
            return true;
        }
        String gap = d.gapAfter(score);
        return gap.startsWith(",") || gap.startsWith(";") || gap.startsWith(".") || gap.indexOf('\n') >= 0
                || gap.equals(" ") && (d.norm(score + 1).equals("points") || d.norm(score + 1).equals("pts"));
    }

    private static boolean isScore(Document d, int k) {
        String w = d.norm(k);
        if (w.isEmpty() || w.length() > 3) {
            return false;
        }
        for (int c = 0; c < w.length(); c++) {
            if (!Character.isDigit(w.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean lineOrClauseStart(Document d, int i) {
        if (i == 0 || lineStart(d, i)) {
            return true;
        }
        String gap = d.gapAfter(i - 1);
        return gap.startsWith(",") || gap.startsWith(";") || gap.startsWith(":") || isScore(d, i - 1);
    }

    /** First word of a line, or of a list after a colon ("Cricket: Glenmorgan 245"). */
    private static boolean lineStart(Document d, int i) {
        return i == 0 || d.gapHasNewline(i - 1) || d.gapStarts(i - 1, ":");
    }

    /** A country or nationality among the words: a national team (O3), not a club. */
    private static boolean anyCountry(Document d, int from, int to) {
        for (int k = from; k < to; k++) {
            TokenTrie.Match<Alias> m = d.coverAt(k);
            if (m != null && m.values().stream().anyMatch(a -> a.kind() == Alias.Kind.COUNTRY
                    || a.kind() == Alias.Kind.DEMONYM)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Lahti Ravens beat Tampere Lynx 4-2", "Munster against Glasgow Warriors": in a post about sport,
     * the name on the other side of a team found above is a team too, unless it is shaped like a
     * person or is a country.
     */
    private void opponents(Document d, boolean[] claimed, List<Evidence> found) {
        int n = d.size();
        boolean[] team = new boolean[n];
        for (Evidence e : found) {
            for (int k = 0; k < n; k++) {
                Token t = d.token(k);
                team[k] |= t.start() >= e.start() && t.end() <= e.end();
            }
        }
        int i = 0;
        while (i < n) {
            if (d.shouted(i) || !eligible(d, claimed, i)) {
                i++;
                continue;
            }
            int j = runEnd(d, claimed, i);
            boolean after = i >= 2 && VERSUS.contains(d.norm(i - 1)) && !d.token(i - 1).cap() && team[i - 2];
            boolean before = j + 1 < n && VERSUS.contains(d.norm(j)) && !d.token(j).cap() && team[j + 1];
            if ((after || before) && j - i <= 3 && !personShaped(d, i) && !anyCountry(d, i, j)
                    && !events.contains(d.norm(j - 1)) && !titles.contains(d.norm(i))) {
                found.add(d.evidence(Evidence.Field.ORGANISATIONS, SPACES.matcher(d.span(i, j)).replaceAll(" "),
                        i, j, "opponent"));
                claim(d, i, j, claimed);
            }
            i = Math.max(j, i + 1);
        }
    }

    /**
     * Single words that repeat an organisation found above: its first word ("Tarrant shares fell"
     * after "Tarrant Resources") or a club's last ("Rovers manager").
     */
    private Map<String, Evidence> firstAndLastWords(Document d, List<Evidence> found) {
        Map<String, Evidence> out = new HashMap<>();
        for (Evidence e : found) {
            List<String> words = Tokenizer.words(e.tag());
            if (words.size() < 2) {
                continue;
            }
            String first = words.get(0);
            if (first.length() > 2 && !givenNames.contains(first) && !notNames.contains(first)
                    && !clubPrefixes.contains(first) && !heads.contains(first)) {
                out.putIfAbsent(first, e);
            }
            String last = words.get(words.size() - 1);
            if (clubHeads.contains(last) && !heads.contains(last)) {
                out.putIfAbsent(last, e);
            }
        }
        return out;
    }

    /** "shares in X", "X's chief executive", "X shares fell", "X said in a statement". */
    private void byContext(Document d, boolean[] claimed, List<Evidence> found, Map<String, Evidence> byWord) {
        int n = d.size();
        int i = 0;
        while (i < n) {
            if (d.shouted(i) || !eligible(d, claimed, i) || d.coverAt(i) != null) {
                i++;
                continue;
            }
            int j = runEnd(d, claimed, i);
            if (j - i == 1 && byWord.containsKey(d.norm(i))) {
                Evidence same = byWord.get(d.norm(i));
                found.add(d.evidence(Evidence.Field.ORGANISATIONS, same.tag(), i, j, "short-form-of:" + same.tag()));
                claim(d, i, j, claimed);
            } else if (j - i <= 4 && !personShaped(d, i) && !allKnownPlaces(d, i, j) && !events.contains(d.norm(j - 1))
                    && !titles.contains(d.norm(i)) && (!notNames.contains(d.norm(i)) || heads.contains(d.norm(i)))) {
                String cue = companyCue(d, i, j);
                if (cue != null) {
                    found.add(d.evidence(Evidence.Field.ORGANISATIONS, SPACES.matcher(d.span(i, j)).replaceAll(" "),
                            i, j, cue));
                    claim(d, i, j, claimed);
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    private String companyCue(Document d, int from, int to) {
        String gap = d.gapAfter(to - 1);
        String after = d.norm(to);
        if (gap.equals(" ") && after.equals("trade") && d.norm(to + 1).equals("union")) {
            return "described:trade union"; // "the Solidarity trade union"
        }
        String before = d.norm(from - 1);
        String before2 = d.norm(from - 2);
        if ((before.equals("in") || before.equals("at") || before.equals("of")) && HOLDING_WORDS.contains(before2)
                && !d.token(from - 1).cap()) {
            return "described:" + before2 + " " + before;
        }
        if (before.equals("based") && from >= 2 && d.gapIs(from - 2, "-")) {
            return "described:based"; // "Amsterdam-based Commodex"
        }
        if (descriptors.contains(before) && !d.token(from - 1).cap() && !before.equals("union") && !before.equals("party")) {
            return "described:" + before;
        }
        // "Codelco president Juan Villarzu", "Zajedno leader Vuk Draskovic": a body's officer named after it.
        if (ORG_OFFICERS.contains(d.norm(to)) && d.gapIs(to - 1, " ") && to + 1 < d.size()
                && d.gapIs(to, " ") && d.token(to + 1).cap() && !d.token(to).cap()
                && (!d.token(from).sentenceStart() || to - from >= 2)) {
            return "officer:" + d.norm(to);
        }
        // "Zajedno, the opposition coalition": an apposition that describes a body.
        if (d.gapIs(to - 1, ", ") && (after.equals("the") || after.equals("a") || after.equals("an"))) {
            for (int k = to + 1; k < d.size() && k <= to + 4 && !d.token(k).cap(); k++) {
                if (descriptors.contains(d.norm(k)) || heads.contains(d.norm(k))) {
                    // It must end there ("Zajedno, the opposition coalition, said"): in "Evia, the fire
                    // service said" the description is the subject of the next clause.
                    String end = k + 1 < d.size() ? d.gapAfter(k) : ".";
                    return end.startsWith(",") || end.startsWith(".") || end.startsWith(";") ? "apposition:" + d.norm(k) : null;
                }
            }
        }
        if ((gap.equals("'") || gap.equals("\u2019")) && after.equals("s") && d.gapIs(to, " ")) {
            // "Brightwater's chief executive", "Qorvex's shares"
            String owned = OWNED_BY_ORG.contains(d.norm(to + 1)) ? d.norm(to + 1)
                    : OWNED_BY_ORG.contains(d.norm(to + 2)) && !d.token(to + 1).cap() ? d.norm(to + 2) : null;
            return owned == null ? null : "possessor-of:" + owned;
        }
        if (gap.equals(" ") && after.equals("shares") && SHARE_MOVES.contains(d.norm(to + 1))) {
            return "shares-moved";
        }
        if (gap.equals(" ") && (after.equals("said") || after.equals("says")) && d.norm(to + 1).equals("in")
                && d.norm(to + 2).equals("a") && d.norm(to + 3).equals("statement") && !givenNames.contains(d.norm(from))) {
            return "said-in-a-statement";
        }
        return null;
    }

    /**
     * "the National Union of Dock Workers (NUDW)": the acronym in brackets after a name names it
     * wherever it recurs; a run whose initials spell the acronym is an organisation even without a
     * head word ("the Islamic Salvation Front (ISF)").
     */
    private void acronymsAndShortForms(Document d, boolean[] claimed, List<Evidence> found,
            Map<String, Evidence> byWord) {
        int n = d.size();
        Map<String, String> acronyms = new HashMap<>();
        for (int k = 1; k + 1 < n; k++) {
            Token t = d.token(k);
            if (!t.upper() || !d.gapAfter(k - 1).endsWith("(") || !d.gapStarts(k, ")")) {
                continue;
            }
            int before = orgEndingAt(found, d.token(k - 1).end());
            String org = before >= 0 ? found.get(before).tag() : null;
            int from = before >= 0 ? -1 : initialsRun(d, claimed, k - 1, t.norm());
            if (from >= 0) {
                org = SPACES.matcher(d.span(from, k)).replaceAll(" ");
            }
            if (org == null) {
                continue;
            }
            String kbOrg = kbOrganisation(d, k);
            if (kbOrg != null && similar(org, kbOrg)) {
                // "World Health Organisation (WHO)": the knowledge base's body, spelt another way; the
                // resolver tags the acronym.
                if (before >= 0) {
                    Evidence e = found.get(before);
                    found.set(before, new Evidence(e.field(), kbOrg, e.start(), e.end(), e.span(), "spelling-of:" + kbOrg));
                } else {
                    found.add(d.evidence(Evidence.Field.ORGANISATIONS, kbOrg, from, k, "spelling-of:" + kbOrg));
                    claim(d, from, k, claimed);
                }
                continue;
            }
            if (from >= 0) {
                found.add(d.evidence(Evidence.Field.ORGANISATIONS, org, from, k, "acronym-spelt-out"));
                claim(d, from, k, claimed);
            }
            acronyms.put(t.norm(), org);
            claimed[k] = true;
        }
        if (acronyms.isEmpty()) {
            return;
        }
        for (int k = 0; k < n; k++) {
            String org = d.token(k).upper() ? acronyms.get(d.norm(k)) : null;
            if (org != null) {
                // A defined acronym beats a knowledge-base one with the same letters ("AIG").
                found.add(d.evidence(Evidence.Field.ORGANISATIONS, org, k, k + 1, "acronym-of:" + org));
                claimed[k] = true;
            }
        }
    }

    /** Index of the organisation found whose words end at {@code offset} (or one character before), or -1. */
    private static int orgEndingAt(List<Evidence> found, int offset) {
        for (int i = 0; i < found.size(); i++) {
            Evidence e = found.get(i);
            if (e.end() == offset || e.end() + 1 == offset) {
                return i;
            }
        }
        return -1;
    }

    private static String kbOrganisation(Document d, int k) {
        TokenTrie.Match<Alias> m = d.coverAt(k);
        if (m == null || m.to() - m.from() != 1) {
            return null;
        }
        return m.values().stream().filter(a -> a.kind() == Alias.Kind.ORG).map(Alias::target).findFirst().orElse(null);
    }

    /** At least half the words of the shorter name are words of the other. */
    private static boolean similar(String a, String b) {
        List<String> wa = Tokenizer.words(a);
        List<String> wb = Tokenizer.words(b);
        long shared = wa.stream().filter(wb::contains).count();
        return shared * 2 >= Math.min(wa.size(), wb.size());
    }

    /** The start of the capitalised run ending at {@code last} whose initials spell {@code acronym}, or -1. */
    private int initialsRun(Document d, boolean[] claimed, int last, String acronym) {
        int letter = acronym.length() - 1;
        int k = last;
        while (k >= 0) {
            Token t = d.token(k);
            if (claimed[k] || d.shouted(k)) {
                return -1;
            }
            if (t.cap()) {
                if (t.norm().charAt(0) != acronym.charAt(letter)) {
                    return -1;
                }
                if (--letter < 0) {
                    break;
                }
            } else if (!CONNECTORS.contains(t.norm()) && !t.norm().equals("the")) {
                return -1;
            }
            if (k == 0 || !plainGap(d, k - 1)) {
                return -1;
            }
            k--;
        }
        return letter < 0 && acronym.length() >= 2 && !givenNames.contains(d.norm(k)) ? k : -1;
    }

    private void claim(Document d, int from, int to, boolean[] claimed) {
        for (int k = from; k < to; k++) {
            claimed[k] = claimed[k] || !isCountryName(d, k);
        }
    }

    /** The words around a run that say it names an organisation, or null. */
    private static String description(Document d, int from, int to) {
        String next = to < d.size() && !d.token(to).cap() && d.gapIs(to - 1, " ") ? d.norm(to) : "";
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
        if (before.equals("the") && GROUP_NAMES.contains(next)) {
            return "described:" + next; // "the Abu Sayyaf group", "the Treuhand agency"
        }
        return null;
    }

    /** Words that are all known places or demonyms ("the European union" is the EU, not a new body). */
    private static boolean allKnownPlaces(Document d, int from, int to) {
        TokenTrie.Match<Alias> m = d.coverAt(from);
        if (m != null && m.from() == from && m.to() == to) {
            return true; // "Mexico City", "Kansas City": one place phrase
        }
        for (int k = from; k < to; k++) {
            if (d.coverAt(k) == null) {
                return false;
            }
        }
        return true;
    }

    private static boolean plainGap(Document d, int i) {
        return d.gapIs(i, " ") || d.gapIs(i, "-") || d.gapIs(i, " & ") || d.gapIs(i, "' ") || d.gapIs(i, "\u2019 ");
    }

    private boolean eligible(Document d, boolean[] claimed, int i) {
        return nameWord(d, claimed, i) && !(d.shouted(i) && SHOUTED_COMMON.contains(d.norm(i)));
    }

    private boolean nameWord(Document d, boolean[] claimed, int i) {
        Token t = d.token(i);
        if (!t.cap() || claimed[i] || !Character.isLetter(t.norm().charAt(0)) || OPENERS.contains(t.norm())) {
            return false;
        }
        if (d.shouted(i) && !shoutedNameWord(t.norm())) {
            return false;
        }
        TokenTrie.Match<Alias> m = d.coverAt(i);
        if (m != null) {
            // A known organisation or person is handled by its own resolver.
            for (Alias a : m.values()) {
                if (!a.kind().isPlace()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Inside a run a known word may stand ("Kingsmere Hospitals NHS Trust"), and so may "CITY" in
     * capitals ("BRANSTON CITY COUNCIL"), which only opens no name.
     */
    private boolean eligibleInside(Document d, boolean[] claimed, int i) {
        // "Pan-African Farmers' Union": a blocked word ("African") may stand inside a name.
        return nameWord(d, claimed, i) || singleKnown(d, claimed, i);
    }

    private static boolean placeWord(Document d, int i) {
        return d.coverAt(i).values().stream().anyMatch(a -> a.kind().isPlace());
    }

    private static boolean singleKnown(Document d, boolean[] claimed, int i) {
        TokenTrie.Match<Alias> m = d.coverAt(i);
        return d.token(i).cap() && !claimed[i] && m != null && m.to() - m.from() == 1;
    }

    /**
     * In a line in capitals every word is capitalised, so words that are never part of a name (a
     * role, a description, a function word) end a run there.
     */
    private boolean shoutedNameWord(String norm) {
        if (heads.contains(norm) || clubHeads.contains(norm) || designators.contains(norm)
                || ORG_ADJECTIVES.contains(norm) || SHOUTED_COMMON.contains(norm)) {
            return true;
        }
        return !titles.contains(norm) && !descriptors.contains(norm) && !notNames.contains(norm)
                && !PersonDetector.isSpeechVerb(norm) && !HOLDING_WORDS.contains(norm) && !SHARE_MOVES.contains(norm);
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
