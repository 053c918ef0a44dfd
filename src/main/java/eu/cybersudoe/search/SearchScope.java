package eu.cybersudoe.search;

import java.util.List;

/**
 * Whose search it is. The public sees public documents only; staff also see the staff documents of their
 * partners, and network admins every staff document.
 *
 * @param staff    true for the back-office search
 * @param allPartners true for network admins
 * @param partners the partners whose staff documents are shown
 */
public record SearchScope(boolean staff, boolean allPartners, List<String> partners) {

    public static final SearchScope PUBLIC = new SearchScope(false, false, List.of());

    public SearchScope {
        partners = List.copyOf(partners);
    }

    public static SearchScope staffOf(List<String> partners) {
        return new SearchScope(true, false, partners);
    }

    public static SearchScope networkAdmin() {
        return new SearchScope(true, true, List.of());
    }
}
