package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may invite whom: network admins invite every staff and programme role for any partner;
 * a partner manager invites managers and advisors of their own partner only.
 */
@Component
class InvitationRules {

    /** A refusal: the form field it concerns and the message key saying why. */
    record Refusal(String field, String messageKey) {
    }

    private static final Set<Role> INVITED_BY_MANAGERS = EnumSet.of(Role.PARTNER_MANAGER, Role.ADVISOR);

    private final Network network;

    InvitationRules(Network network) {
        this.network = network;
    }

    /** The roles the person may invite, in the order shown. */
    List<Role> rolesFor(SignedInUser inviter) {
        return switch (inviter.role()) {
            case NETWORK_ADMIN -> List.of(Role.values()).stream().filter(r -> r != Role.COMPANY_USER).toList();
            case PARTNER_MANAGER -> List.of(Role.PARTNER_MANAGER, Role.ADVISOR);
            default -> List.of();
        };
    }

    Optional<Refusal> check(SignedInUser inviter, Role role, String partnerId, List<String> grantedPartners) {
        if (role == null || !rolesFor(inviter).contains(role)) {
            return refuse("role", "people.invite.error.role");
        }
        if (inviter.role() == Role.PARTNER_MANAGER
                && (!INVITED_BY_MANAGERS.contains(role) || !inviter.partnerId().equals(partnerId))) {
            return refuse("partnerId", "people.invite.error.otherPartner");
        }
        if (role.isPartnerStaff() && !exists(partnerId)) {
            return refuse("partnerId", "people.invite.error.partner");
        }
        if (!grantedPartners.isEmpty() && (inviter.role() != Role.NETWORK_ADMIN || !grantedPartners.stream().allMatch(this::exists))) {
            return refuse("grantedPartners", "people.invite.error.partner");
        }
        return Optional.empty();
    }

    boolean exists(String partnerId) {
        return network.partnerTyped(partnerId).isPresent();
    }

    private static Optional<Refusal> refuse(String field, String key) {
        return Optional.of(new Refusal(field, key));
    }
}
