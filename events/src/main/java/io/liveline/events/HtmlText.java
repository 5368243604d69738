package io.liveline.events;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The plain-text rendering of an HTML body that {@link LiveUpdate#text()} carries: text content
 * only (never tag names, attributes or URLs), entities decoded, each block element on lines of its own. This
 * reads a parsed jsoup body; ingest-service, which sanitises with a streaming parser, renders the
 * same text from that parser's events through {@link PlainText}.
 */
public final class HtmlText {

    private HtmlText() {
    }

    public static String plain(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        return of(Jsoup.parseBodyFragment(html).body());
    }

    /** The rendering of an already parsed body, for callers that hold the document anyway. */
    public static String of(Element body) {
        PlainText text = new PlainText();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.words(textNode.getWholeText());
                } else if (node instanceof Element element && (element.nameIs("br") || element.isBlock() && depth > 0)) {
                    text.lineBreak();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock() && depth > 0) {
                    text.lineBreak();
                }
            }
        });
        return text.toString();
    }
}
