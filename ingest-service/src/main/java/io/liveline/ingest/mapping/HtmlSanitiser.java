package io.liveline.ingest.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import io.liveline.events.HtmlText;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Reduces a newsroom's HTML to what a live post may contain. An
 * allow-list (jsoup's cleaner), not a block-list: anything not named here, scripts, styles, event
 * handlers, {@code javascript:} links, SVG, iframes of unknown providers, is dropped.
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
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .addTags("iframe")
            .addAttributes("iframe", "src", "title", "width", "height", "allowfullscreen")
            .addProtocols("iframe", "src", "https");

    /** Providers whose embed players a live page may frame; any other iframe is dropped. */
    private static final Set<String> EMBED_HOSTS = Set.of("www.youtube.com", "www.youtube-nocookie.com",
            "player.vimeo.com", "platform.twitter.com", "www.instagram.com", "open.spotify.com",
            "www.tiktok.com", "embed.bsky.app");

    /** The allowed part of {@code html} and its plain text, from one parse. */
    public SanitisedHtml sanitise(String html) {
        Document clean = new Cleaner(LIVE_POST).clean(Jsoup.parseBodyFragment(html));
        clean.outputSettings(new Document.OutputSettings().prettyPrint(false));
        clean.getElementsByTag("iframe").forEach(frame -> {
            if (!EMBED_HOSTS.contains(host(frame.attr("src")))) {
                frame.remove();
            }
        });
        return new SanitisedHtml(clean.body().html(), HtmlText.of(clean.body()));
    }

    /** A sanitised HTML fragment and the plain text it renders to. */
    public record SanitisedHtml(String html, String text) {
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
