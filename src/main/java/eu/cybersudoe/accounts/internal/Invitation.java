package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An invitation to work on the platform with a role (for partner staff, at a partner). It is
 * reached by a single-use link sent by e-mail, of which only a hash is kept; resending issues
 * a new link and the old one stops working.
 */
@Entity
@Table(name = "account_invitation")
public class Invitation {

    /** Where an invitation stands, as shown in the lists. */
    public enum Status { PENDING, EXPIRED, ACCEPTED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String email;
    private String displayName;
    @Enumerated(EnumType.STRING)
    private Role role;
    private String partnerId;
    private String grantedPartners;
    private String language;
    private String tokenHash;
    private Long invitedBy;
    private Instant createdAt;
    private Instant sentAt;
    private Instant expiresAt;
    private Instant acceptedAt;
    private Instant revokedAt;
    private Long accountId;

    protected Invitation() {
    }

    Invitation(String email, String displayName, Role role, String partnerId, List<String> grantedPartners,
               Language language, long invitedBy, Instant now, Duration validity) {
        if (role == Role.COMPANY_USER) {
            throw new IllegalArgumentException("Company users register themselves");
        }
        if (role.isPartnerStaff() && partnerId == null) {
            throw new IllegalArgumentException("A " + role + " works for a partner");
        }
        this.email = Account.normalise(email);
        this.displayName = Objects.requireNonNull(displayName).strip();
        this.role = role;
        this.partnerId = role.isPartnerStaff() ? partnerId : null;
        this.grantedPartners = grantedPartners.isEmpty() ? null : String.join(",", grantedPartners);
        this.language = language.code();
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.sentAt = now;
        this.expiresAt = now.plus(validity);
    }

    public Status status(Instant now) {
        if (acceptedAt != null) {
            return Status.ACCEPTED;
        }
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return now.isBefore(expiresAt) ? Status.PENDING : Status.EXPIRED;
    }

    /** Whether the link may still be used or sent again: neither accepted nor revoked (an expired one may be resent). */
    public boolean isOpen() {
        return acceptedAt == null && revokedAt == null;
    }

    /** Sends it again with a new link, valid from now; the earlier link stops working. */
    void renew(Instant now, Duration validity) {
        requireOpen();
        tokenHash = null;
        sentAt = now;
        expiresAt = now.plus(validity);
    }

    /** The hash of the link just sent. */
    void linkSent(String hash) {
        requireOpen();
        tokenHash = hash;
    }

    void revoke(Instant now) {
        requireOpen();
        revokedAt = now;
        tokenHash = null;
    }

    void accept(long account, Instant now) {
        if (status(now) != Status.PENDING) {
            throw new IllegalStateException("Invitation " + id + " is " + status(now));
        }
        acceptedAt = now;
        accountId = account;
        tokenHash = null;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("Invitation " + id + " is closed");
        }
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

    public Role role() {
        return role;
    }

    public String partnerId() {
        return partnerId;
    }

    /** The other partners the person will work for (a controller's assigned partners). */
    public List<String> grantedPartners() {
        return grantedPartners == null ? List.of() : Arrays.asList(grantedPartners.split(","));
    }

    public Language language() {
        return Language.fromCode(language).orElse(Language.DEFAULT);
    }

    public Long invitedBy() {
        return invitedBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
