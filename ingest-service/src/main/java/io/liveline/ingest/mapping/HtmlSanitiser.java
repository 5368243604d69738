package io.liveline.ingest.mapping;

import io.liveline.events.PlainText;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.owasp.html.Handler;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;

/**
 * Reduces a newsroom's HTML to what a live post may contain, with the OWASP Java HTML Sanitizer.
 * An allow-list, not a block-list: anything not named here, scripts, styles, event handlers,
 * {@code javascript:} and {@code data:} URLs, SVG, iframes of unknown providers, is dropped. One
 * streaming pass yields both the clean HTML and its plain text, without building a document tree.
 */
@ApplicationScoped
public class HtmlSanitiser {

    /** Providers whose embed players a live page may frame; any other iframe is dropped. */
    private static final Set<String> EMBED_HOSTS = Set.of("www.youtube.com", "www.youtube-nocookie.com",
            "player.vimeo.com", "platform.twitter.com", "www.instagram.com", "open.spotify.com",
            "www.tiktok.com", "embed.bsky.app");

    /** Elements that begin and end a line of the plain text (as they are blocks in a browser). */
    private static final Set<String> BLOCKS = Set.of("p", "ul", "ol", "li", "blockquote", "h2", "h3", "h4",
            "figure", "figcaption");

    private static final PolicyFactory LIVE_POST = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "small",
                    "ul", "ol", "li", "blockquote", "q", "cite", "h2", "h3", "h4", "figure", "figcaption", "img", "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .allowAttributes("cite").onElements("blockquote")
            .allowAttributes("alt", "width", "height").onElements("img")
            // Images and players load into the reader's page: only over TLS.
            .allowAttributes("src").matching(HtmlSanitiser::httpsOnly).onElements("img", "iframe")
            .allowAttributes("title", "width", "height", "allowfullscreen").onElements("iframe")
            .allowElements((name, attributes) -> attribute(attributes, "src") != null ? name : null, "img")
            .allowElements((name, attributes) -> EMBED_HOSTS.contains(host(attribute(attributes, "src"))) ? name : null, "iframe")
            .toFactory();

    /** The allowed part of {@code html} and its plain text, from one parse. */
    public SanitisedHtml sanitise(String html) {
        StringBuilder clean = new StringBuilder(html.length());
        Rendering rendering = new Rendering(HtmlStreamRenderer.create(clean, Handler.DO_NOTHING));
        HtmlSanitizer.sanitize(html, LIVE_POST.apply(rendering));
        return new SanitisedHtml(clean.toString(), rendering.text.toString(), rendering.media);
    }

    /**
     * A sanitised HTML fragment and the plain text it renders to.
     *
     * @param media whether an image or embed survived, which is content even without any text
     */
    public record SanitisedHtml(String html, String text, boolean media) {

        /** Nothing a reader would see: no text and no image or embed. */
        public boolean isEmpty() {
            return text.isBlank() && !media;
        }
    }

    /** Passes the allowed events on to the HTML renderer, and reads the plain text off them. */
    private static final class Rendering implements HtmlStreamEventReceiver {
        private final HtmlStreamRenderer html;
        private final PlainText text = new PlainText();
        private boolean media;

        Rendering(HtmlStreamRenderer html) {
            this.html = html;
        }

        @Override
        public void openDocument() {
            html.openDocument();
        }

        @Override
        public void closeDocument() {
            html.closeDocument();
        }

        @Override
        public void openTag(String name, List<String> attributes) {
            html.openTag(name, attributes);
            if (name.equals("br") || BLOCKS.contains(name)) {
                text.lineBreak();
            } else if (name.equals("img") || name.equals("iframe")) {
                media = true;
            }
        }

        @Override
        public void closeTag(String name) {
            html.closeTag(name);
            if (BLOCKS.contains(name)) {
                text.lineBreak();
            }
        }

        @Override
        public void text(String decoded) {
            html.text(decoded);
            text.words(decoded);
        }
    }

    private static String httpsOnly(String element, String attribute, String url) {
        return url.regionMatches(true, 0, "https:", 0, 6) ? url : null;
    }

    /** The value of an attribute in OWASP's flat name, value, name, value list; null without it. */
    private static String attribute(List<String> attributes, String name) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return attributes.get(i + 1);
            }
        }
        return null;
    }

    private static String host(String url) {
        if (url == null) {
            return "";
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
