package eu.cybersudoe.shared.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown as HTML safe to put in an e-mail or a page (CommonMark, raw HTML escaped, then
 * sanitised to formatting, blocks, tables and http, https and mailto links), and as plain text
 * for a text part. Editors' texts ({@link #html}) keep their links as they are; what members
 * write ({@link #userHtml}) has its links marked {@code nofollow ugc}, so that search engines
 * give them no weight and spam gains nothing.
 */
public final class MarkdownHtml {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    private static final PolicyFactory EDITORS = policy("noopener");
    private static final PolicyFactory MEMBERS = policy("nofollow", "ugc", "noopener");

    private MarkdownHtml() {
    }

    private static PolicyFactory policy(String... rels) {
        return Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
                .and(new HtmlPolicyBuilder()
                        .allowElements("a", "hr", "pre", "code", "br")
                        .allowUrlProtocols("http", "https", "mailto")
                        .allowAttributes("href").onElements("a")
                        .requireRelsOnLinks(rels)
                        .toFactory());
    }

    /** An editor's Markdown as sanitised HTML. */
    public static String html(String markdown) {
        return EDITORS.sanitize(HTML.render(PARSER.parse(markdown == null ? "" : markdown)));
    }

    /** A member's Markdown as sanitised HTML, links marked {@code rel="nofollow ugc noopener"}. */
    public static String userHtml(String markdown) {
        return MEMBERS.sanitize(HTML.render(PARSER.parse(markdown == null ? "" : markdown)));
    }

    /** The Markdown as plain text, links followed by their address. */
    public static String text(String markdown) {
        return TEXT.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    /** Whether the Markdown holds a link, written as one or as a bare address. */
    public static boolean hasLinks(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return false;
        }
        boolean[] found = {markdown.matches("(?is).*(https?://|www\\.|mailto:).*")};
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                found[0] = true;
            }
        });
        return found[0];
    }
}
