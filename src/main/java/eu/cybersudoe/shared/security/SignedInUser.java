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
        this.accountId = accountId;
        this.email = Objects.requireNonNull(email);
        this.displayName = displayName;
        this.role = Objects.requireNonNull(role);
        this.partnerId = partnerId;
        this.language = language == null ? Language.DEFAULT : language;
        this.confirmed = confirmed;
        this.active = active;
        this.grantedPartners = List.copyOf(grantedPartners);
        this.passwordHash = passwordHash;
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

    /** The partners the person works for: their own first, then those granted by a network admin. */
    public List<String> partners() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        if (partnerId != null) {
            all.add(partnerId);
        }
        all.addAll(grantedPartners);
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
