package io.liveline.events;

import static org.assertj.core.api.Assertions.assertThat;

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
}
