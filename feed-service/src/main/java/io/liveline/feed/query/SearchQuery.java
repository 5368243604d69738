package io.liveline.feed.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reader's search ({@code q=}) read into a PostgreSQL {@code tsquery} text: words, "phrases" and
 * prefixes ({@code zelen*}), all of which must match. The text holds only letters and digits of
 * the reader's input joined by our own operators ({@code &}, {@code <->}, {@code :*}); it is bound
 * as a parameter of {@code to_tsquery}, which stems each word with the deployment's language.
 */
public record SearchQuery(String tsquery) {

    /** Longer input is refused rather than cut: a cut could change what is searched. */
    public static final int MAX_LENGTH = 256;
    static final int MAX_TERMS = 16;
    /** A shorter prefix would match a large part of every index page. */
    static final int MIN_PREFIX = 2;

    /**
     * @throws IllegalArgumentException with a message for the reader when the text is not a search
     */
    public static SearchQuery parse(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("must have at least one word");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters");
        }
        List<String> terms = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("has a phrase with no closing '\"'");
                }
                String phrase = text.substring(i + 1, close);
                if (phrase.indexOf('*') >= 0) {
                    throw new IllegalArgumentException("has a '*' inside a phrase: a prefix is one word, as in zelen*");
                }
                List<String> words = words(phrase);
                if (words.isEmpty()) {
                    throw new IllegalArgumentException("has a phrase with no word in it");
                }
                terms.add(String.join(" <-> ", words));
                i = close + 1;
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                terms.add(chunk(text.substring(i, end)));
                i = end;
            }
        }
        terms.removeIf(String::isEmpty);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("must have at least one word of letters or digits");
        }
        if (terms.size() > MAX_TERMS) {
            throw new IllegalArgumentException("must have at most " + MAX_TERMS + " words and phrases");
        }
        return new SearchQuery(String.join(" & ", terms));
    }

    /** A run of text up to the next space or quote: a word, a prefix, or words joined by punctuation (covid-19). */
    private static String chunk(String chunk) {
        int star = chunk.indexOf('*');
        boolean prefix = star >= 0;
        if (prefix && star != chunk.length() - 1) {
            throw new IllegalArgumentException("has a '*' that does not end a word: a prefix is written zelen*");
        }
        List<String> words = words(prefix ? chunk.substring(0, star) : chunk);
        if (prefix && (words.isEmpty() || words.get(words.size() - 1).length() < MIN_PREFIX
                || !Character.isLetterOrDigit(chunk.charAt(star - 1)))) {
            throw new IllegalArgumentException("has a prefix shorter than " + MIN_PREFIX + " letters before '*'");
        }
        if (prefix) {
            words.set(words.size() - 1, words.get(words.size() - 1) + ":*");
        }
        return String.join(" <-> ", words);
    }

    /** The words of the text: runs of letters and digits, lower-cased; everything else separates them. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(point -> {
            if (Character.isLetterOrDigit(point)) {
                word.appendCodePoint(point);
            } else if (!word.isEmpty()) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
