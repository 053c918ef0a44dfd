package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.RoleGrant;
import eu.cybersudoe.shared.security.SignedInUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** A person's account. Staff accounts belong to a partner; others do not. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String email;
    private String displayName;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private String partnerId;
    @Column(name = "language")
    private String languageCode;
    private Instant createdAt;
    private Instant confirmedAt;
    private Instant lastSignInAt;
    private Instant deactivatedAt;
    private Instant accessChangedAt;
    private Instant sessionsEndedAt;

    protected Account() {
    }

    Account(String email, String displayName, String passwordHash, Role role, String partnerId, Language language, Instant now) {
        if (role.isPartnerStaff() && partnerId == null) {
            throw new IllegalArgumentException("A " + role + " account belongs to a partner");
        }
        this.email = normalise(email);
        this.displayName = Objects.requireNonNull(displayName).strip();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = role;
        this.partnerId = partnerId;
        this.languageCode = language.code();
        this.createdAt = now;
    }

    /** E-mail addresses are compared without case and surrounding spaces. */
    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    void confirm(Instant now) {
        if (confirmedAt == null) {
            confirmedAt = now;
        }
    }

    /** A new password ends every session opened before it (see {@code AccountSessions}). */
    void changePassword(String newHash, Instant now) {
        passwordHash = Objects.requireNonNull(newHash);
        sessionsEndedAt = now;
    }

    /** When a password change last ended the account's sessions, or null. */
    public Instant sessionsEndedAt() {
        return sessionsEndedAt;
    }

    void chooseLanguage(Language language) {
        languageCode = language.code();
    }

    /** Gives the account another role, and the partner it then works for (none outside the partners). */
    void assign(Role newRole, String newPartnerId, Instant now) {
        if (newRole.isPartnerStaff() && newPartnerId == null) {
            throw new IllegalArgumentException("A " + newRole + " account belongs to a partner");
        }
        role = newRole;
        partnerId = newRole.isPartnerStaff() ? newPartnerId : null;
        accessChanged(now);
    }

    /** Sessions opened before now must sign in again. */
    void accessChanged(Instant now) {
        accessChangedAt = now;
    }

    /** Sign-in is refused from now on; everything the person did stays. */
    void deactivate(Instant now) {
        if (deactivatedAt != null) {
            throw new IllegalStateException("Account " + id + " is already deactivated");
        }
        deactivatedAt = now;
        accessChanged(now);
    }

    void reactivate(Instant now) {
        if (deactivatedAt == null) {
            throw new IllegalStateException("Account " + id + " is active");
        }
        deactivatedAt = null;
        accessChanged(now);
    }

    public boolean isActive() {
        return deactivatedAt == null;
    }

    public Instant deactivatedAt() {
        return deactivatedAt;
    }

    void signedIn(Instant now) {
        lastSignInAt = now;
    }

    /** Signed in, the person first acts with the main role. */
    SignedInUser toSignedInUser(java.util.List<String> grantedPartners, java.util.List<RoleGrant> roles) {
        return new SignedInUser(id, email, displayName, role, partnerId, language(), confirmedAt != null, passwordHash, isActive(),
                grantedPartners, roles);
    }

    /** The role the account has first, with its partner. */
    public RoleGrant mainRole() {
        return new RoleGrant(role, partnerId);
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public String partnerId() {
        return partnerId;
    }

    public Language language() {
        return Language.fromCode(languageCode).orElse(Language.DEFAULT);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }
}
