package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.markdown.MarkdownHtml;
import eu.cybersudoe.search.SearchSource;
import eu.cybersudoe.search.Searchable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Newsletter issues as the search index sees them: one document per variant. A launched issue is public, as in the
 * archive; one not launched yet is seen by network admins only, in the back-office search.
 */
@Component
class NewsletterSearchSource implements SearchSource {

    static final String KIND = "newsletter";
    private static final Set<IssueState> ARCHIVED = Set.of(IssueState.SENDING, IssueState.PAUSED, IssueState.SENT);

    private final Issues issues;

    NewsletterSearchSource(Issues issues) {
        this.issues = issues;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Stream<Searchable> all() {
        return issues.programme().stream().flatMap(issue -> documents(issue).stream());
    }

    @Override
    public List<Searchable> documents(String id) {
        try {
            return issues.find(Long.parseLong(id)).map(this::documents).orElse(List.of());
        } catch (NumberFormatException notOurs) {
            return List.of();
        }
    }

    private List<Searchable> documents(Issue issue) {
        boolean archived = issue.launchedAt() != null && ARCHIVED.contains(issue.state());
        String path = archived ? "/newsletters/" + issue.number() : "/office/newsletters/" + issue.id();
        return issues.variants(issue.id()).values().stream()
                .map(variant -> new Searchable(KIND, Long.toString(issue.id()), variant.language(), variant.subject(),
                        variant.preheader() + "\n" + plainText(variant.body()), path, List.of(), List.of(), List.of(),
                        archived ? issue.launchedAt() : null, !archived))
                .toList();
    }

    /** The words of the Markdown body, without its markup. */
    private static String plainText(String markdown) {
        return HtmlUtils.htmlUnescape(MarkdownHtml.html(markdown == null ? "" : markdown).replaceAll("<[^>]+>", " "));
    }
}
