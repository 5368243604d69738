package io.liveline.enrich.tagger;

/**
 * One word of a document: its character span, its folded text and the casing facts the rules need.
 *
 * @param start         offset of the first character in the document
 * @param end           offset after the last character
 * @param norm          folded text (lower case, no diacritics)
 * @param cap           first letter is upper case in the document
 * @param upper         every letter is upper case (and there are at least two)
 * @param sentenceStart first word of a sentence, line or quotation
 */
record Token(int start, int end, String norm, boolean cap, boolean upper, boolean sentenceStart) {
}
