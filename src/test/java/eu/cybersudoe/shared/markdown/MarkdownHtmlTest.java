package eu.cybersudoe.shared.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Members' Markdown loses scripts and event handlers, and its links are marked nofollow ugc. */
class MarkdownHtmlTest {

    @Test
    void scriptsAndEventHandlersAreRemoved() {
        String html = MarkdownHtml.userHtml("Hello <script>alert(1)</script> <img src=x onerror=alert(2)> "
                + "<a href=\"javascript:alert(3)\" onclick=\"alert(4)\">x</a>\n\n[bad](javascript:alert(5))");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain(" onerror=")
                .doesNotContain(" onclick=").doesNotContain("href=\"javascript").contains("&lt;script&gt;");
        assertThat(html).as("the raw HTML is shown as text").contains("&lt;script&gt;alert(1)");
    }

    @Test
    void membersLinksAreMarkedNofollowUgcAndEditorsAreNot() {
        assertThat(MarkdownHtml.userHtml("[tool](https://example.org/tool)"))
                .contains("href=\"https://example.org/tool\"").containsPattern("rel=\"[^\"]*\\bnofollow\\b[^\"]*\"")
                .containsPattern("rel=\"[^\"]*\\bugc\\b[^\"]*\"");
        assertThat(MarkdownHtml.html("[tool](https://example.org/tool)")).contains("rel=\"noopener\"")
                .doesNotContain("nofollow");
    }

    @Test
    void linksAreFoundWrittenOrBare() {
        assertThat(MarkdownHtml.hasLinks("see [this](https://example.org)")).isTrue();
        assertThat(MarkdownHtml.hasLinks("see www.example.org")).isTrue();
        assertThat(MarkdownHtml.hasLinks("nothing here")).isFalse();
    }
}
