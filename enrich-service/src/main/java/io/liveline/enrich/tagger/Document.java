package io.liveline.enrich.tagger;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One post being tagged: its text, tokens and knowledge-base matches, shared by the resolvers. */
final class Document {

    private final String text;
    private final List<Token> tokens;
    private final List<TokenTrie.Match<Alias>> matches;
    private final TokenTrie.Match<Alias>[] cover;
    private Set<String> words;
    private Set<String> placeCodes;
    private boolean[] shouted;
    private int shoutedCount = -1;
    private Boolean sport;

    @SuppressWarnings("unchecked")
    Document(String text, List<Token> tokens, List<TokenTrie.Match<Alias>> matches) {
        this.text = text;
        this.tokens = tokens;
        this.matches = matches;
        this.cover = new TokenTrie.Match[tokens.size()];
        for (TokenTrie.Match<Alias> m : matches) {
            for (int i = m.from(); i < m.to(); i++) {
                cover[i] = m;
            }
        }
    }

    String text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
    }

    List<TokenTrie.Match<Alias>> matches() {
        return matches;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** Folded word at {@code i}, or "" outside the document. */
    String norm(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).norm() : "";
    }

    /** The knowledge-base match covering token {@code i}, or null. */
    TokenTrie.Match<Alias> coverAt(int i) {
        return cover[i];
    }

    /** The characters between tokens {@code i} and {@code i + 1}. */
    String gapAfter(int i) {
        int end = i + 1 < tokens.size() ? tokens.get(i + 1).start() : text.length();
        return text.substring(tokens.get(i).end(), end);
    }

    /** Whether the characters between tokens {@code i} and {@code i + 1} are exactly {@code s}. */
    boolean gapIs(int i, String s) {
        int start = tokens.get(i).end();
        return gapEnd(i) - start == s.length() && text.startsWith(s, start);
    }

    /** Whether the characters between tokens {@code i} and {@code i + 1} start with {@code s}. */
    boolean gapStarts(int i, String s) {
        int start = tokens.get(i).end();
        return gapEnd(i) - start >= s.length() && text.startsWith(s, start);
    }

    /** Whether a line ends between tokens {@code i} and {@code i + 1}. */
    boolean gapHasNewline(int i) {
        int end = gapEnd(i);
        for (int c = tokens.get(i).end(); c < end; c++) {
            if (text.charAt(c) == '\n') {
                return true;
            }
        }
        return false;
    }

    private int gapEnd(int i) {
        return i + 1 < tokens.size() ? tokens.get(i + 1).start() : text.length();
    }

    /** Whether the post is about sport: then a place may name a club, and a results line names teams. */
    boolean aboutSport() {
        if (sport == null) {
            sport = false;
            for (Token t : tokens) {
                if (OrganisationResolver.SPORT_WORDS.contains(t.norm())) {
                    sport = true;
                    break;
                }
            }
        }
        return sport;
    }

    /** The original text of tokens {@code [from, to)}. */
    String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** True when the folded word occurs anywhere in the document. */
    boolean hasWord(String norm) {
        if (words == null) {
            words = new HashSet<>();
            for (Token t : tokens) {
                words.add(t.norm());
            }
        }
        return words.contains(norm);
    }

    /**
     * Whether token {@code i} is in a line written in capitals ("TENNIS - OKONJO UPSETS TOP SEED"),
     * where a capital letter says nothing about names.
     */
    boolean shouted(int i) {
        if (shouted == null) {
            markShoutedLines();
        }
        return shouted[i];
    }

    /** True when some line of the post is written in capitals. */
    boolean anyShouted() {
        if (shouted == null) {
            markShoutedLines();
        }
        return shoutedCount > 0;
    }

    /** True when every word of the post is in a line written in capitals. */
    boolean allShouted() {
        if (shouted == null) {
            markShoutedLines();
        }
        return shoutedCount == tokens.size();
    }

    // A line is shouted when at least three of its words have letters and four in five of those are
    // in capitals; digits and one-letter words ("A") do not vote.
    private void markShoutedLines() {
        shouted = new boolean[tokens.size()];
        shoutedCount = 0;
        int upperWords = 0;
        for (Token t : tokens) {
            upperWords += t.upper() ? 1 : 0;
        }
        int from = upperWords >= 3 ? 0 : tokens.size(); // the usual post: nothing to look at
        while (from < tokens.size()) {
            int to = from + 1;
            while (to < tokens.size() && !gapHasNewline(to - 1)) {
                to++;
            }
            int words = 0;
            int upper = 0;
            for (int k = from; k < to; k++) {
                Token t = tokens.get(k);
                if (t.end() - t.start() >= 2 && Character.isLetter(t.norm().charAt(0))) {
                    words++;
                    upper += t.upper() ? 1 : 0;
                }
            }
            if (words >= 3 && upper * 5 >= words * 4) {
                for (int k = from; k < to; k++) {
                    shouted[k] = true;
                }
                shoutedCount += to - from;
            }
            from = to;
        }
    }

    /** Countries that place phrases of the post name unambiguously; they settle ambiguous names. */
    Set<String> placeCodes() {
        if (placeCodes == null) {
            placeCodes = new HashSet<>();
            for (TokenTrie.Match<Alias> m : matches) {
                String only = null;
                for (Alias a : m.values()) {
                    if (a.kind().isPlace()) {
                        only = only == null || only.equals(a.target()) ? a.target() : "";
                    }
                }
                if (only != null && !only.isEmpty()) {
                    placeCodes.add(only);
                }
            }
        }
        return placeCodes;
    }

    /** True when a word of the sentence holding token {@code i} is in {@code cues}. */
    boolean sentenceHas(int i, Set<String> cues) {
        int from = i;
        while (from > 0 && !tokens.get(from).sentenceStart()) {
            from--;
        }
        for (int k = from; k < tokens.size() && (k == from || !tokens.get(k).sentenceStart()); k++) {
            if (cues.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    Evidence evidence(Evidence.Field field, String tag, int from, int to, String rule) {
        return new Evidence(field, tag, tokens.get(from).start(), tokens.get(to - 1).end(),
                span(from, to), rule);
    }
}
