package io.liveline.enrich.tagger;

import java.text.Normalizer;

/**
 * Folds text to a lower-case, accent-free form of the same length, so that offsets found in the
 * folded text are offsets into the original.
 */
public final class Normaliser {

    // Folding table for Latin-1 and Latin Extended-A/B: covers the diacritics seen in news names.
    private static final char[] TABLE = new char[0x250];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            TABLE[c] = Character.toLowerCase(decomposed.charAt(0));
        }
        // Letters that NFD does not decompose but that readers treat as their base letter.
        String from = "ßłŁøØđĐæÆœŒıþÞðÐħĦ\u00a0";
        String to = "sllooddaaooittddhh ";
        for (int i = 0; i < from.length(); i++) {
            TABLE[from.charAt(i)] = to.charAt(i);
        }
    }

    private Normaliser() {
    }

    /** One character folded: lower case, no diacritic, curly quotes and dashes made plain. */
    static char fold(char c) {
        if (c < TABLE.length) {
            return TABLE[c];
        }
        return switch (c) {
            case '\u2018', '\u2019', '\u02bc', '\u2032', '\u201b' -> '\'';
            case '\u201c', '\u201d', '\u201e' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
            case '\u2009', '\u202f', '\u2007' -> ' ';
            default -> Character.toLowerCase(c);
        };
    }

    /** The folded text, same length as the input. */
    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    /** A comparison key for names: folded, whitespace collapsed, trimmed. */
    static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = fold(s.charAt(i));
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The key under which the knowledge base files a phrase of an entity: {@link #key}, without a
     * leading "the" (text writes "The Kremlin" and "Kremlin" alike); empty for a phrase of no words.
     */
    public static String phraseKey(String phrase) {
        String key = key(phrase);
        return key.startsWith("the ") ? key.substring(4) : key;
    }
}
