package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.LawfulBasis;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.companies.Registration.Problem;
import eu.cybersudoe.network.Country;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * What the back office does with one organisation: read its file, change it without losing
 * someone else's change, keep its contacts and their consents, and keep each partner's notes.
 * Callers check first that the person may open the organisation.
 */
@Service
@Transactional
public class CompanyOffice {

    /** The problem of an edit started from an older version than the stored one. */
    public static final String CHANGED_MEANWHILE = "companies.changedMeanwhile";
    /** The problem of an e-mail address another contact already has. */
    public static final String EMAIL_TAKEN = "companies.contact.emailTaken";

    private final CompanyRegistry registry;
    private final CompanyFiles files;
    private final Contacts contacts;
    private final ContactDirectoryService directory;
    private final JdbcClient jdbc;
    private final Clock clock;

    CompanyOffice(CompanyRegistry registry, CompanyFiles files, Contacts contacts, ContactDirectoryService directory,
                  JdbcClient jdbc, Clock clock) {
        this.registry = registry;
        this.files = files;
        this.contacts = contacts;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The organisation's file, with the notes of one partner only (none when null). */
    @Transactional(readOnly = true)
    public Optional<CompanyFile> file(CompanyId id, String notesOfPartner) {
        return files.file(id, notesOfPartner);
    }

    /** The organisation's stored fields, to fill an edit form. */
    @Transactional(readOnly = true)
    public Optional<CompanyFile.Company> company(CompanyId id) {
        return files.company(id);
    }

    /** Whether the organisation exists. */
    @Transactional(readOnly = true)
    public boolean exists(CompanyId id) {
        return files.version(id).isPresent();
    }

    /** Whether the partner brought or served the organisation. */
    @Transactional(readOnly = true)
    public boolean knownBy(CompanyId id, String partnerId) {
        return files.knownBy(id, partnerId);
    }

    /**
     * Stores new values when the organisation is still at the version the edit started from;
     * otherwise refuses with {@link #CHANGED_MEANWHILE} on the {@code version} field.
     */
    public Registration update(CompanyId id, long version, NewOrganisation input, String partnerId) {
        long stored = files.version(id).orElseThrow();
        if (stored != version) {
            return new Registration.Rejected(List.of(new Problem("version", CHANGED_MEANWHILE, List.of())));
        }
        return registry.update(id, input, partnerId);
    }

    /** A contact of the organisation; erased ones too. */
    @Transactional(readOnly = true)
    public Optional<CompanyFile.ContactEntry> contact(CompanyId id, long contactId) {
        return contacts.findById(contactId).filter(c -> c.organisationId() == id.value()).map(CompanyFiles::entry);
    }

    /**
     * Adds a contact, with a consent event for each purpose given.
     *
     * @return the problems found (an e-mail address already used), none when added
     */
    public List<Problem> addContact(CompanyId id, ContactDetails details, Set<ConsentPurpose> consents, LawfulBasis basis,
                                    String partnerId, String source, Long accountId) {
        if (!exists(id)) {
            throw new NoSuchElementException("No organisation " + id);
        }
        Optional<Problem> taken = emailTaken(details.email(), null);
        if (taken.isPresent()) {
            return List.of(taken.get());
        }
        Instant now = clock.instant();
        Contact contact = contacts.save(new Contact(id.value(), inCountryLanguage(id, details), now));
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            if (consents.contains(purpose)) {
                contact.record(purpose, true, basis, partnerId, source, accountId, now);
            }
        }
        return List.of();
    }

    /** Changes a contact's details; an erased contact cannot be changed. */
    public List<Problem> editContact(CompanyId id, long contactId, ContactDetails details) {
        Contact contact = liveContact(id, contactId);
        Optional<Problem> taken = emailTaken(details.email(), contactId);
        if (taken.isPresent()) {
            return List.of(taken.get());
        }
        contact.apply(inCountryLanguage(id, details), clock.instant());
        return List.of();
    }

    /** The details with the language of the organisation's country when none was chosen. */
    private ContactDetails inCountryLanguage(CompanyId id, ContactDetails details) {
        return details.language() != null ? details
                : details.orLanguageOf(company(id).map(c -> Country.valueOf(c.country())).orElseThrow());
    }

    /** Adds one consent given or withdrawn to the contact's history. */
    public void recordConsent(CompanyId id, long contactId, ConsentPurpose purpose, boolean granted, LawfulBasis basis,
                              String partnerId, String source, Long accountId) {
        liveContact(id, contactId).record(purpose, granted, basis, partnerId, source, accountId, clock.instant());
    }

    /** Withdraws every consent of the contact at once. */
    public void unsubscribe(CompanyId id, long contactId, String source) {
        liveContact(id, contactId).withdrawAll(source, clock.instant());
    }

    /** Erases the contact's personal data, keeping the row for counts. */
    public void erase(CompanyId id, long contactId) {
        Contact contact = contacts.findById(contactId).filter(c -> c.organisationId() == id.value())
                .orElseThrow(() -> new NoSuchElementException("No contact " + contactId + " at " + id));
        if (!contact.isErased()) {
            contact.erase(clock.instant());
        }
    }

    /** Everything held about a contact of the organisation. */
    @Transactional(readOnly = true)
    public Map<String, Object> export(CompanyId id, long contactId) {
        contact(id, contactId).orElseThrow(() -> new NoSuchElementException("No contact " + contactId + " at " + id));
        return directory.exportContact(contactId);
    }

    /** Adds a private note of a partner. */
    public void addNote(CompanyId id, String partnerId, Long accountId, String body) {
        jdbc.sql("""
                        insert into organisation_note (organisation_id, partner_id, author_account_id, body, created_at)
                        values (?, ?, ?, ?, ?)""")
                .params(id.value(), partnerId, accountId, body.strip(), Timestamp.from(clock.instant()))
                .update();
    }

    private Contact liveContact(CompanyId id, long contactId) {
        return contacts.findById(contactId).filter(c -> c.organisationId() == id.value() && !c.isErased())
                .orElseThrow(() -> new NoSuchElementException("No contact " + contactId + " at " + id));
    }

    private Optional<Problem> emailTaken(String email, Long exceptContact) {
        String key = Contact.emailKey(email);
        if (key == null) {
            return Optional.empty();
        }
        return contacts.findByEmailKey(key).filter(other -> !other.id().equals(exceptContact))
                .map(other -> new Problem("email", EMAIL_TAKEN, List.of(email.strip())));
    }
}
