package io.liveline.enrich.tagger;

/** Spelling of names read from text written in capitals. */
final class Names {

    private Names() {
    }

    /** "GRACE ADJEI-MENSAH" as "Grace Adjei-Mensah": each word's first letter kept, the rest lower. */
    static String titleCase(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean wordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = !Character.isLetter(c) && c != '\'' && c != '\u2019';
        }
        return sb.toString();
    }
}
