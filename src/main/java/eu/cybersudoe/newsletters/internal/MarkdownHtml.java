package eu.cybersudoe.newsletters.internal;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown written by the editors, as HTML safe to put in an e-mail and in a back-office page
 * (CommonMark, raw HTML escaped, then sanitised to formatting, blocks, tables and http, https
 * and mailto links), and as plain text for the text part.
 */
final class MarkdownHtml {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a", "hr", "pre", "code", "br")
                    .allowUrlProtocols("http", "https", "mailto")
                    .allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("noopener")
                    .toFactory());

    private MarkdownHtml() {
    }

    /** The Markdown as sanitised HTML. */
    static String html(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        return POLICY.sanitize(HTML.render(document));
    }

    /** The Markdown as plain text, links followed by their address. */
    static String text(String markdown) {
        return TEXT.render(PARSER.parse(markdown == null ? "" : markdown));
    }
}
