package eu.cybersudoe.shared.web;

import eu.cybersudoe.shared.security.Role;

import java.util.Comparator;
import java.util.List;

/**
 * The back office's navigation as one person sees it: their role, the partner they act for, and
 * the links of every module their role may use, in order.
 *
 * @param role        the person's role
 * @param partnerName the short name of the partner they act for, or null
 * @param entries     the links shown, with their paths filled in
 */
public record OfficeMenu(Role role, String partnerName, List<Entry> entries) {

    /** A link as shown: its path within the language and its message keys. */
    public record Entry(String path, String titleKey, String textKey) {
    }

    static OfficeMenu of(Role role, String actingPartner, String partnerName, List<OfficeLink> links) {
        return new OfficeMenu(role, partnerName, links.stream()
                .filter(link -> link.shownTo(role, actingPartner))
                .sorted(Comparator.comparingInt(OfficeLink::order).thenComparing(OfficeLink::path))
                .map(link -> new Entry(link.pathFor(actingPartner), link.titleKey(), link.textKey()))
                .toList());
    }

    /** The entries that are tools (every one but the back-office home itself). */
    public List<Entry> tools() {
        return entries.stream().filter(entry -> !entry.path().equals(HOME)).toList();
    }

    /** The back-office home. */
    public static final String HOME = "/office";
}
