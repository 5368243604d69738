package io.liveline.enrich.tagger;

import java.util.ArrayList;
import java.util.List;

/** Splits a document into word tokens (runs of letters and digits) with their casing facts. */
final class Tokenizer {

    private Tokenizer() {
    }

    /** Tokens of {@code doc}; {@code folded} is {@link Normaliser#fold(String)} of it. */
    static List<Token> tokenize(String doc, String folded) {
        List<Token> tokens = new ArrayList<>(doc.length() / 5 + 4);
        int n = doc.length();
        int i = 0;
        boolean sentenceStart = true;
        while (i < n) {
            char c = doc.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                // A new sentence starts after terminal punctuation, a colon, a line break or a quote.
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '"'
                        || c == '\u201c' || c == '(' || c == '[') {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int start = i;
            boolean allUpper = true;
            int letters = 0;
            while (i < n && (Character.isLetterOrDigit(doc.charAt(i)) || Character.getType(doc.charAt(i))
                    == Character.NON_SPACING_MARK)) {
                char d = doc.charAt(i);
                if (Character.isLetter(d)) {
                    letters++;
                    allUpper &= !Character.isLowerCase(d);
                }
                i++;
            }
            boolean cap = Character.isUpperCase(c) || Character.isTitleCase(c);
            tokens.add(new Token(start, i, folded.substring(start, i), cap, allUpper && letters >= 1 && i - start >= 2,
                    sentenceStart));
            // "Mr." or "W." do not end a sentence for our purposes; a real full stop after a longer
            // word does, which the loop above will see.
            sentenceStart = false;
        }
        return tokens;
    }

    /** The folded token texts of a phrase, as used for knowledge-base keys. */
    static List<String> words(String phrase) {
        String folded = Normaliser.fold(phrase);
        List<String> out = new ArrayList<>();
        for (Token t : tokenize(phrase, folded)) {
            out.add(t.norm());
        }
        return out;
    }
}
