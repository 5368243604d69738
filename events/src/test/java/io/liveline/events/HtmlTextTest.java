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
    }

    @Test
    void emptyOrMissingHtmlIsEmptyText() {
        assertThat(HtmlText.plain(null)).isEmpty();
        assertThat(HtmlText.plain("<p> </p>")).isEmpty();
    }

    @Test
    void whitespaceCollapsesAsTheRuleSays() {
        assertThat(HtmlText.collapseWhitespace("a \t\u00A0b \n \n\nc\n")).isEqualTo("a b\nc");
        // The rule written as the two regular expressions it is, checked on random mixes.
        Random random = new Random(7);
        char[] alphabet = {' ', '\t', '\u00A0', '\n', 'a', 'b', '\u2003'};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder raw = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                raw.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String expected = raw.toString().replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" ?\\n[\\n ]*", "\n").strip();
            assertThat(HtmlText.collapseWhitespace(raw).strip()).as("%s", raw.toString().replace("\n", "\\n")).isEqualTo(expected);
        }
    }

    @Test
    void textIsWhatJsoupRendersForEachTextNode() {
        Random random = new Random(3);
        char[] alphabet = {' ', '\t', '\n', '\f', '\r', '\u00A0', '\u200B', '\u00AD', '\u2003', 'a', 'é'};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder raw = new StringBuilder("x");
            for (int j = random.nextInt(10); j > 0; j--) {
                raw.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String words = raw.append('y').toString();
            Element paragraph = new Element("p").appendChild(new TextNode(words));
            String jsoup = HtmlText.collapseWhitespace(new TextNode(words).text()).strip();
            assertThat(HtmlText.of(paragraph)).as("%s", words.chars().mapToObj(Integer::toHexString).toList()).isEqualTo(jsoup);
        }
    }
}
