package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.text.SafeMarkdown;

/** Markdown written by the editors, as sanitised HTML and as plain text ({@link SafeMarkdown}). */
final class MarkdownHtml {

    private MarkdownHtml() {
    }

    /** The Markdown as sanitised HTML. */
    static String html(String markdown) {
        return SafeMarkdown.html(markdown);
    }

    /** The Markdown as plain text, links followed by their address. */
    static String text(String markdown) {
        return SafeMarkdown.text(markdown);
    }
}
