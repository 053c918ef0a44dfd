package eu.cybersudoe.shared.text;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown written by people, as HTML safe to put in a page or an e-mail (CommonMark, raw HTML
 * escaped, then sanitised to formatting, blocks, tables and http, https and mailto links), and as
 * plain text.
 */
public final class SafeMarkdown {

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

    private SafeMarkdown() {
    }

    /** The Markdown as sanitised HTML. */
    public static String html(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        return POLICY.sanitize(HTML.render(document));
    }

    /** The Markdown as plain text, links followed by their address. */
    public static String text(String markdown) {
        return TEXT.render(PARSER.parse(markdown == null ? "" : markdown));
    }
}
