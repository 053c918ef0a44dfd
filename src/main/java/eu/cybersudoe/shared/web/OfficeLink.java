package eu.cybersudoe.shared.web;

import eu.cybersudoe.shared.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * One entry of the back office's navigation and of its home page's tools. Modules declare theirs
 * in an {@link OfficeLinks} bean; the layout shows the ones the signed-in person's role allows.
 *
 * @param path         the path after the language, such as {@code /office/missions}; {@code {partner}} stands
 *                     for the partner the person acts for
 * @param titleKey     the message key of its label (in the menu and as the card's title)
 * @param textKey      the message key of the sentence under the card's title on the back-office home
 * @param order        where it comes in the menu, smallest first
 * @param roles        the roles that see it (their pages' {@code @Access} still decides)
 * @param needsPartner whether it is shown only while the person acts for a partner
 */
public record OfficeLink(String path, String titleKey, String textKey, int order, Set<Role> roles, boolean needsPartner) {

    public static final String PARTNER = "{partner}";

    public OfficeLink {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static OfficeLink of(String path, String titleKey, String textKey, int order, Role... roles) {
        return new OfficeLink(path, titleKey, textKey, order, Set.of(roles), false);
    }

    /** The same link, shown only while the person acts for a partner. */
    public OfficeLink forActingPartner() {
        return new OfficeLink(path, titleKey, textKey, order, roles, true);
    }

    boolean shownTo(Role role, String actingPartner) {
        return roles.contains(role) && (!needsPartner || actingPartner != null);
    }

    String pathFor(String actingPartner) {
        return actingPartner == null ? path : path.replace(PARTNER, actingPartner);
    }
}
