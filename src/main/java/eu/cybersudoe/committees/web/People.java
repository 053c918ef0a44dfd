package eu.cybersudoe.committees.web;

import eu.cybersudoe.committees.internal.Person;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in person as the committees see them, and the answer for what does not exist. */
final class People {

    /** Everyone who works in or with the network: every role but company users. */
    static final Role[] READERS = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR,
            Role.PROGRAMME_OFFICER, Role.ASSOCIATED_STRUCTURE};

    private People() {
    }

    static Person current() {
        SignedInUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        return new Person(user.accountId(), user.displayName(), user.role() == Role.NETWORK_ADMIN, user.partnerId());
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
