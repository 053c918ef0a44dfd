package eu.cybersudoe.shared.security;

import eu.cybersudoe.shared.Language;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The person behind a request: their account, role, partner (for partner staff) and language.
 * It is what Spring Security keeps in the session.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String email;
    private final String displayName;
    private final Role role;
    private final String partnerId;
    private final Language language;
    private final boolean confirmed;
    private final boolean active;
    private final List<String> grantedPartners;
    private final List<RoleGrant> roles;
    private String passwordHash;

    public SignedInUser(long accountId, String email, String displayName, Role role, String partnerId,
                        Language language, boolean confirmed, String passwordHash) {
        this(accountId, email, displayName, role, partnerId, language, confirmed, passwordHash, true, List.of());
    }

    /**
     * @param active          false once a network admin deactivated the account: sign-in is refused
     * @param grantedPartners partners a network admin granted besides the own one (a controller's, or a second partner)
     */
    public SignedInUser(long accountId, String email, String displayName, Role role, String partnerId,
                        Language language, boolean confirmed, String passwordHash, boolean active, List<String> grantedPartners) {
        this(accountId, email, displayName, role, partnerId, language, confirmed, passwordHash, active, grantedPartners,
                List.of(new RoleGrant(role, partnerId)));
    }

    /**
     * @param roles every role the account holds, its main role first; the person acts as {@code role} for {@code partnerId},
     *              which must be one of them
     */
    public SignedInUser(long accountId, String email, String displayName, Role role, String partnerId,
                        Language language, boolean confirmed, String passwordHash, boolean active, List<String> grantedPartners,
                        List<RoleGrant> roles) {
        this.accountId = accountId;
        this.email = Objects.requireNonNull(email);
        this.displayName = displayName;
        this.role = Objects.requireNonNull(role);
        this.partnerId = partnerId;
        this.language = language == null ? Language.DEFAULT : language;
        this.confirmed = confirmed;
        this.active = active;
        this.grantedPartners = List.copyOf(grantedPartners);
        this.roles = List.copyOf(roles);
        if (!this.roles.contains(new RoleGrant(role, partnerId))) {
            throw new IllegalArgumentException("Account " + accountId + " does not hold " + role + " for " + partnerId);
        }
        this.passwordHash = passwordHash;
    }

    /** The same person acting with another of the roles they hold (the partner switcher's choice). */
    public SignedInUser actingAs(RoleGrant grant) {
        if (!roles.contains(grant)) {
            throw new IllegalArgumentException("Account " + accountId + " does not hold " + grant);
        }
        return new SignedInUser(accountId, email, displayName, grant.role(), grant.partnerId(), language, confirmed, passwordHash,
                active, grantedPartners, roles);
    }

    /** Every role the account holds, the main one first. */
    public List<RoleGrant> roles() {
        return roles;
    }

    /** The role the person acts as now, with its partner. */
    public RoleGrant acting() {
        return new RoleGrant(role, partnerId);
    }

    public long accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /** The partner the account belongs to, or null for accounts outside the partners. */
    public String partnerId() {
        return partnerId;
    }

    /**
     * The partners the person works for in the role they act as: its partner first, then those a network admin
     * granted, which go with the main role and with a controller's role (the partners controlled).
     */
    public List<String> partners() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        if (partnerId != null) {
            all.add(partnerId);
        }
        if (acting().equals(roles.getFirst()) || role == Role.CONTROLLER) {
            all.addAll(grantedPartners);
        }
        return List.copyOf(all);
    }

    public Language language() {
        return language;
    }

    public boolean has(Role... roles) {
        return List.of(roles).contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    /** Accounts wait for the e-mail confirmation before they can sign in. */
    @Override
    public boolean isEnabled() {
        return confirmed;
    }

    /** Deactivated accounts are locked: sign-in is refused, their data stays. */
    @Override
    public boolean isAccountNonLocked() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && user.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "SignedInUser[" + accountId + ", " + role + ", " + partnerId + "]";
    }
}
