package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.ConsentRecord;
import eu.cybersudoe.companies.LawfulBasis;
import eu.cybersudoe.shared.Language;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A person at an organisation. Consents are kept as a history that is only ever added to;
 * the current state of each purpose is kept beside it for fast audience queries. Erasure
 * removes the person's data and keeps the row, so counts stay right.
 */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organisationId;
    private String firstName;
    private String lastName;
    private String job;
    private String email;
    private String emailKey;
    private String phone;
    @Column(name = "language")
    private String languageCode;
    private boolean newsletterConsent;
    private boolean invitationConsent;
    private Instant erasedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = false)
    @JoinColumn(name = "contact_id", nullable = false, updatable = false)
    @OrderBy("recordedAt, id")
    private List<ConsentEvent> consents = new ArrayList<>();

    protected Contact() {
    }

    Contact(long organisationId, ContactDetails details, Instant now) {
        this.organisationId = organisationId;
        this.createdAt = now;
        apply(details, now);
    }

    /** An e-mail address in the form used to find the same person again. */
    public static String emailKey(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    void apply(ContactDetails details, Instant now) {
        requireNotErased();
        firstName = details.firstName();
        lastName = details.lastName();
        job = details.job();
        email = details.email() == null ? null : details.email().strip();
        emailKey = emailKey(details.email());
        phone = details.phone();
        languageCode = details.language().code();
        updatedAt = now;
    }

    /** Adds a consent event; the history keeps every earlier one. */
    void record(ConsentPurpose purpose, boolean granted, LawfulBasis basis, String sourcePartner, String source,
                Long recordedBy, Instant now) {
        requireNotErased();
        consents.add(new ConsentEvent(purpose, granted, basis, sourcePartner, source, recordedBy, now));
        switch (purpose) {
            case NEWSLETTER -> newsletterConsent = granted;
            case EVENT_INVITATIONS -> invitationConsent = granted;
        }
        updatedAt = now;
    }

    /** Withdraws every consent at once (an unsubscribe takes effect everywhere). */
    void withdrawAll(String source, Instant now) {
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            if (consents(purpose)) {
                record(purpose, false, LawfulBasis.CONSENT, null, source, null, now);
            }
        }
    }

    /**
     * Erases the person: name, job, e-mail, phone and consent evidence go; the row stays,
     * without consent, so that counts of contacts reached stay right.
     */
    void erase(Instant now) {
        firstName = null;
        lastName = null;
        job = null;
        email = null;
        emailKey = null;
        phone = null;
        newsletterConsent = false;
        invitationConsent = false;
        consents.forEach(ConsentEvent::erase);
        erasedAt = now;
        updatedAt = now;
    }

    boolean consents(ConsentPurpose purpose) {
        return switch (purpose) {
            case NEWSLETTER -> newsletterConsent;
            case EVENT_INVITATIONS -> invitationConsent;
        };
    }

    private void requireNotErased() {
        if (erasedAt != null) {
            throw new IllegalStateException("Contact " + id + " was erased");
        }
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String job() {
        return job;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public Language language() {
        return Language.fromCode(languageCode).orElse(Language.DEFAULT);
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public List<ConsentRecord> consentHistory() {
        return consents.stream().map(ConsentEvent::toRecord).toList();
    }
}
