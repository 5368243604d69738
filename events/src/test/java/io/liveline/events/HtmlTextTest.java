package io.liveline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** The plain text the tagger and search see: words only, a line per block. */
class HtmlTextTest {

    @Test
    void blocksBecomeLinesAndMarkupDisappears() {
        String html = "<p>Talks in <a href=\"https://example.org/geneva-news\" title=\"Switzerland\">Geneva</a> &amp; beyond.</p>"
                + "<ul><li>One</li><li>Two</li></ul><blockquote>Quote<br>continued</blockquote>";
        assertThat(HtmlText.plain(html)).isEqualTo("Talks in Geneva & beyond.\nOne\nTwo\nQuote\ncontinued");
        assertThat(HtmlText.plain("Before<p>inside</p>after")).as("a block starts a line too").isEqualTo("Before\ninside\nafter");
    }

    @Test
    void emptyOrMissingHtmlIsEmptyText() {
        assertThat(HtmlText.plain(null)).isEmpty();
        assertThat(HtmlText.plain("<p> </p>")).isEmpty();
    }

    @Test
    void whitespaceCollapsesAsTheRuleSays() {
        Element mixed = new Element("p").appendText("a \t\u00A0b ").appendElement("br").parent().appendText(" \n c")
                .appendElement("br").parent();
        assertThat(HtmlText.of(mixed)).isEqualTo("a b\nc");
        // Random text nodes and line breaks, against the rule written as regular expressions.
        Random random = new Random(7);
        String[] pieces = {" ", "\t", "\u00A0", "a", "b", "\u2003", "ab a", "\u200B", null};
        for (int i = 0; i < 5_000; i++) {
            Element paragraph = new Element("p");
            StringBuilder flat = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                String piece = pieces[random.nextInt(pieces.length)];
                if (piece == null) {
                    paragraph.appendElement("br");
                    flat.append('\n');
                } else {
                    paragraph.appendChild(new TextNode(piece));
                    flat.append(piece.replace("\u200B", ""));
                }
            }
            assertThat(HtmlText.of(paragraph)).as("%s", flat.toString().replace("\n", "\\n")).isEqualTo(rule(flat.toString()));
        }
    }

    @Test
    void textIsWhatJsoupRendersForEachTextNode() {
        Random random = new Random(3);
        char[] alphabet = {' ', '\t', '\n', '\f', '\r', '\u00A0', '\u200B', '\u00AD', '\u2003', 'a', '\u00E9'};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder raw = new StringBuilder("x");
            for (int j = random.nextInt(10); j > 0; j--) {
                raw.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String words = raw.append('y').toString();
            Element paragraph = new Element("p").appendChild(new TextNode(words));
            String jsoup = rule(new TextNode(words).text());
            assertThat(HtmlText.of(paragraph)).as("%s", words.chars().mapToObj(Integer::toHexString).toList()).isEqualTo(jsoup);
        }
    }

    /** The whitespace rule: runs of spaces become one, a line break swallows the spaces and breaks around it. */
    private static String rule(String text) {
        return text.replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" ?\\n[\\n ]*", "\n").strip();
    }
}
