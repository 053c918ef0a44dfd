package eu.cybersudoe.monitoring;

import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.security.Role;

import java.util.Objects;
import java.util.Optional;

/**
 * The person closing or revising a semester, as they act: a network admin, or a manager of the
 * lead partner.
 *
 * @param accountId their account
 * @param name      their name, kept with the edition
 * @param role      the role they act as
 * @param partner   the partner they act for, if any
 */
public record Closer(long accountId, String name, Role role, Optional<PartnerId> partner) {

    public Closer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        partner = partner == null ? Optional.empty() : partner;
    }
}
