package io.liveline.ingest.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Reduces a newsroom's HTML to what a live post may contain. An
 * allow-list (jsoup's cleaner), not a block-list: anything not named here, scripts, styles, event
 * handlers, {@code javascript:} links, SVG, is dropped.
 */
@ApplicationScoped
public class HtmlSanitiser {

    private static final Safelist LIVE_POST = new Safelist()
            .addTags("p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "small",
                    "ul", "ol", "li", "blockquote", "q", "cite", "h2", "h3", "h4", "figure", "figcaption", "img", "a")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("blockquote", "cite")
            .addProtocols("a", "href", "https", "http", "mailto")
            .addProtocols("img", "src", "https")
            .addProtocols("blockquote", "cite", "https", "http")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    /** The allowed part of {@code html}, as an HTML fragment. */
    public String sanitise(String html) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", LIVE_POST, output);
    }
}
