package io.liveline.events;

import java.util.Arrays;

/**
 * Builds the plain text of an HTML body from its text nodes and line breaks, in document order,
 * collapsing whitespace as it goes: each run of whitespace between two words becomes one line
 * break if it holds one, else one space; none is kept at either end. Text reads as jsoup's
 * {@code TextNode.text()} reads it (any whitespace character a space, zero-width space and soft
 * hyphen dropped). Words are copied as whole runs into a char array: this runs on every update in
 * ingest's request path, where appending to a StringBuilder char by char (which its append of
 * part of a string also does) took a fifth of the CPU time.
 */
public final class PlainText {

    private char[] out = new char[512];
    private int length;
    private boolean space;
    private boolean lineBreak;

    /** A {@code <br>}, or the end of a block element. */
    public void lineBreak() {
        lineBreak = true;
    }

    /** A text node's text, entities already decoded. */
    public void words(String raw) {
        int run = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0';
            if (white || c == '\u200B' || c == '\u00AD') {
                copy(raw, run, i);
                run = i + 1;
                space |= white;
            } else if (space || lineBreak) {
                if (length > 0) {
                    ensure(1);
                    out[length++] = lineBreak ? '\n' : ' ';
                }
                space = false;
                lineBreak = false;
            }
        }
        copy(raw, run, raw.length());
    }

    private void copy(String raw, int from, int to) {
        if (from < to) {
            ensure(to - from);
            raw.getChars(from, to, out, length);
            length += to - from;
        }
    }

    private void ensure(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }

    /** The text so far. Stripped too: words may begin or end with other whitespace, such as an em space. */
    @Override
    public String toString() {
        return new String(out, 0, length).strip();
    }
}
