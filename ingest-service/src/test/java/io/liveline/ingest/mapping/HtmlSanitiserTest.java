package io.liveline.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveline.events.HtmlText;
import io.liveline.ingest.mapping.HtmlSanitiser.SanitisedHtml;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What survives sanitising a newsroom's HTML, and the plain text the tagger gets from the same pass. */
class HtmlSanitiserTest {

    private final HtmlSanitiser sanitiser = new HtmlSanitiser();

    @Test
    void livePostMarkupPassesAndLinksGetRel() {
        SanitisedHtml clean = sanitiser.sanitise("<h2>Overnight</h2><p>Talks in <a href=\"https://example.org/geneva\">Geneva</a>"
                + " &amp; <em>beyond</em>.</p><ul><li>One</li><li>Two</li></ul><blockquote cite=\"https://example.org/q\">Quote<br>"
                + "continued</blockquote><figure><img src=\"https://img.example.org/a.jpg\" alt=\"Delegates\">"
                + "<figcaption>Delegates arrive</figcaption></figure>");
        // The sanitiser writes the two rel values in either order.
        assertThat(clean.html()).containsPattern("<a href=\"https://example.org/geneva\" rel=\"(nofollow noopener|noopener nofollow)\">Geneva</a>")
                .contains("<h2>Overnight</h2>", "<em>beyond</em>", "<li>One</li>",
                "<blockquote cite=\"https://example.org/q\">", "<img src=\"https://img.example.org/a.jpg\" alt=\"Delegates\"",
                "<figcaption>Delegates arrive</figcaption>");
        assertThat(clean.text()).isEqualTo("Overnight\nTalks in Geneva & beyond.\nOne\nTwo\nQuote\ncontinued\nDelegates arrive");
    }

    @Test
    void scriptsHandlersAndDangerousUrlsNeverPass() {
        SanitisedHtml clean = sanitiser.sanitise("<p onclick=\"steal()\">Hi<script>alert(1)</script><style>p{}</style>"
                + " <a href=\"javascript:alert(1)\">x</a> <a href=\"JaVaScRiPt&#58;alert(1)\">y</a>"
                + "<img src=x onerror=alert(1)><img src=\"data:image/svg+xml;base64,PHN2Zz4=\">"
                + "<svg onload=alert(1)><circle r=\"1\"/></svg><math><mi>z</mi></math></p>");
        assertThat(clean.html()).doesNotContainIgnoringCase("script").doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("onerror").doesNotContainIgnoringCase("onload").doesNotContainIgnoringCase("svg")
                .doesNotContainIgnoringCase("data:").doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("style")
                .doesNotContain("href");
        assertThat(clean.text()).isEqualTo("Hi x yz");
    }

    @Test
    void onlyKnownPlayersOverTlsMayBeEmbedded() {
        SanitisedHtml embed = sanitiser.sanitise("<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" title=\"Briefing\""
                + " allowfullscreen onload=\"x()\"></iframe>");
        assertThat(embed.html()).startsWith("<iframe src=\"https://www.youtube-nocookie.com/embed/abc\"").doesNotContain("onload");
        assertThat(embed.isEmpty()).as("an embed alone is a post").isFalse();

        for (String src : new String[] {"https://evil.example.org/embed", "http://www.youtube.com/embed/abc",
                "https://www.youtube.com.evil.example.org/x", "javascript:alert(1)", "//www.youtube.com/embed/abc"}) {
            SanitisedHtml dropped = sanitiser.sanitise("<p>Watch</p><iframe src=\"" + src + "\"></iframe>");
            assertThat(dropped.html()).as(src).isEqualTo("<p>Watch</p>");
        }
        assertThat(sanitiser.sanitise("<img src=\"http://img.example.org/a.jpg\" alt=\"a\">").isEmpty())
                .as("an image over plain http is dropped").isTrue();
    }

    @Test
    void nothingVisibleIsEmpty() {
        assertThat(sanitiser.sanitise("<script>alert(1)</script><svg onload=alert(1)></svg>").isEmpty()).isTrue();
        assertThat(sanitiser.sanitise("<p> &nbsp; </p>").isEmpty()).isTrue();
        assertThat(sanitiser.sanitise("<img src=\"https://img.example.org/a.jpg\">").isEmpty()).isFalse();
    }

    @Test
    void textIsTheTextOfTheCleanHtml() {
        // The streaming pass must render the same text as reading the clean HTML back, for any mix of markup.
        String[] pieces = {"<p>", "</p>", "<li>", "<em>", "</em>", "<br>", " ", "\n", "&nbsp;", "&amp;", "word", "<div>", "</div>",
            "<a href=\"https://example.org\">", "</a>", "<script>s</script>", "<h3>", "</h3>", "&#8203;", "\u2003", "caf\u00e9"};
        Random random = new Random(11);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder html = new StringBuilder();
            for (int j = random.nextInt(14); j > 0; j--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            SanitisedHtml clean = sanitiser.sanitise(html.toString());
            assertThat(clean.text()).as(html.toString()).isEqualTo(HtmlText.plain(clean.html()));
        }
    }
}
