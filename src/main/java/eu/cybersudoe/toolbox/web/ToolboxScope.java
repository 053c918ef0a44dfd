package eu.cybersudoe.toolbox.web;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.toolbox.internal.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.AccessDeniedException;

/** Who acts in the toolbox's back office, and the language of a path. */
final class ToolboxScope {

    private ToolboxScope() {
    }

    static Actor actor(HttpServletRequest request) {
        SignedInUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        String partner = CurrentUser.actingPartner(request).orElse(user.partnerId());
        return new Actor(user.accountId(), partner, user.role() == Role.NETWORK_ADMIN);
    }

    /** The partner whose items a list shows: null (all) for network admins. */
    static String listedPartner(HttpServletRequest request) {
        Actor actor = actor(request);
        return actor.admin() ? null : actor.partnerId() == null ? "-" : actor.partnerId();
    }

    static Language language(String code) {
        return Language.fromCode(code).orElse(Language.DEFAULT);
    }

    /** A language of a path naming a text: an unknown one is not found. */
    static Language textLanguage(String code) {
        return Language.fromCode(code).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND));
    }
}
