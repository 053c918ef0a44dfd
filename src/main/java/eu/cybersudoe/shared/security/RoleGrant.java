package eu.cybersudoe.shared.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One role an account holds, with the partner it is held for (partner staff only). An account
 * holds its main role and any others a network admin or an accepted invitation gave it; the
 * person acts as one of them at a time.
 */
public record RoleGrant(Role role, String partnerId) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Roles outside the partners are held for none; partner staff name theirs (tests and old accounts may not). */
    public RoleGrant {
        Objects.requireNonNull(role);
        partnerId = role.isPartnerStaff() ? partnerId : null;
    }

    /** How a form names it: {@code ADVISOR} or {@code ADVISOR@partner-id}. */
    public String key() {
        return partnerId == null ? role.name() : role.name() + "@" + partnerId;
    }

    /** The grant a form named, if the text is one. */
    public static Optional<RoleGrant> ofKey(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        int at = key.indexOf('@');
        String roleName = at < 0 ? key : key.substring(0, at);
        String partner = at < 0 ? null : key.substring(at + 1);
        for (Role role : Role.values()) {
            if (role.name().equals(roleName) && role.isPartnerStaff() == (partner != null && !partner.isBlank())) {
                return Optional.of(new RoleGrant(role, partner));
            }
        }
        return Optional.empty();
    }
}
