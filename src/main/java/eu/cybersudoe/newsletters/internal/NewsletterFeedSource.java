package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.search.FeedEntry;
import eu.cybersudoe.search.FeedFilter;
import eu.cybersudoe.search.FeedSource;
import eu.cybersudoe.shared.Language;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** The archive's feed: the issues launched, latest first, each in the reader's language where it was written in it. */
@Component
class NewsletterFeedSource implements FeedSource {

    private final Archive archive;

    NewsletterFeedSource(Archive archive) {
        this.archive = archive;
    }

    @Override
    public String name() {
        return "newsletters";
    }

    @Override
    public String listPath() {
        return "/newsletters";
    }

    @Override
    public String titleKey() {
        return "search.feed.newsletters";
    }

    @Override
    public Set<Filter> filters() {
        return Set.of();
    }

    @Override
    public List<FeedEntry> entries(Language language, FeedFilter filter) {
        return archive.issues(language).stream()
                .map(issue -> new FeedEntry("newsletter-" + issue.number() + "-" + issue.variant().language().code(),
                        issue.variant().subject(), issue.variant().preheader(), issue.bodyHtml(), "/newsletters/" + issue.number(),
                        issue.variant().language(), issue.sentAt(), issue.sentAt()))
                .toList();
    }
}
