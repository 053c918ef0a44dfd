package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.newsletters.internal.BounceEvents;
import eu.cybersudoe.newsletters.internal.BounceKind;
import eu.cybersudoe.newsletters.internal.Issue;

import java.util.List;
import java.util.Map;

/**
 * The bounce page of an issue.
 *
 * @param issue      the issue
 * @param counts     its bounces by kind, all addresses
 * @param rows       one page of the bounces shown
 * @param page       that page, from 1
 * @param pages      how many pages
 * @param total      how many bounces are shown over all pages
 * @param suppressed the addresses suppressed by the bounces shown
 * @param ownOnly    whether only the addresses of the viewer's partner are shown
 */
public record BouncesView(Issue issue, Map<BounceKind, Long> counts, List<BounceEvents.Row> rows, int page, int pages,
                          long total, List<BounceEvents.Suppressed> suppressed, boolean ownOnly) {


    public List<BounceKind> kinds() {
        return BounceKind.RECORDED;
    }

    public long count(BounceKind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    public String base() {
        return NewsletterOfficeController.BASE + "/" + issue.id();
    }

    /** The page's address within the language, for page {@code number}. */
    public String pageHref(int number) {
        return base() + "/bounces?page=" + number;
    }
}
