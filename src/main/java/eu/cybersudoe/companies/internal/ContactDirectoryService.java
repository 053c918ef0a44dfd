package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.ConsentRecord;
import eu.cybersudoe.companies.ContactDirectory;
import eu.cybersudoe.companies.ContactId;
import eu.cybersudoe.companies.LawfulBasis;
import eu.cybersudoe.companies.NewContact;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/** The registry's contacts for other modules: found by e-mail, unsubscribed everywhere, exported. */
@Service
@Transactional
class ContactDirectoryService implements ContactDirectory {

    private final Contacts contacts;
    private final Organisations organisations;
    private final Clock clock;

    ContactDirectoryService(Contacts contacts, Organisations organisations, Clock clock) {
        this.contacts = contacts;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContactId> findByEmail(String email) {
        String key = Contact.emailKey(email);
        return key == null ? Optional.empty() : contacts.findByEmailKey(key).map(c -> new ContactId(c.id()));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean withdrew(String email, ConsentPurpose purpose) {
        String key = Contact.emailKey(email);
        return key != null && contacts.findByEmailKey(key).stream().flatMap(c -> c.consentHistory().stream())
                .anyMatch(r -> r.purpose() == purpose && !r.granted());
    }

    @Override
    public void unsubscribeEverywhere(String email, String source) {
        String key = Contact.emailKey(email);
        if (key != null) {
            contacts.findByEmailKey(key).ifPresent(contact -> contact.withdrawAll(source, clock.instant()));
        }
    }

    @Override
    public boolean withdraw(String email, ConsentPurpose purpose, String source) {
        String key = Contact.emailKey(email);
        if (key == null) {
            return false;
        }
        return contacts.findByEmailKey(key).filter(contact -> !contact.isErased() && contact.consents(purpose))
                .map(contact -> {
                    contact.record(purpose, false, LawfulBasis.CONSENT, null, source, null, clock.instant());
                    return true;
                }).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<ConsentPurpose> consentsOf(String email) {
        String key = Contact.emailKey(email);
        java.util.Set<ConsentPurpose> given = java.util.EnumSet.noneOf(ConsentPurpose.class);
        if (key != null) {
            contacts.findByEmailKey(key).ifPresent(contact -> {
                for (ConsentPurpose purpose : ConsentPurpose.values()) {
                    if (contact.consents(purpose)) {
                        given.add(purpose);
                    }
                }
            });
        }
        return given;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> exportContact(long contactId) {
        Contact contact = contacts.findById(contactId).orElseThrow(() -> new NoSuchElementException("No contact " + contactId));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("id", contact.id());
        details.put("firstName", contact.firstName());
        details.put("lastName", contact.lastName());
        details.put("job", contact.job());
        details.put("email", contact.email());
        details.put("phone", contact.phone());
        details.put("language", contact.language().code());
        details.put("newsletterConsent", contact.consents(eu.cybersudoe.companies.ConsentPurpose.NEWSLETTER));
        details.put("invitationConsent", contact.consents(eu.cybersudoe.companies.ConsentPurpose.EVENT_INVITATIONS));
        details.put("erased", contact.isErased());
        Map<String, Object> organisation = new LinkedHashMap<>();
        organisation.put("id", contact.organisationId());
        organisation.put("legalName", organisations.findById(contact.organisationId()).map(Organisation::legalName).orElse(null));
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("contact", details);
        export.put("organisation", organisation);
        export.put("consentHistory", history(contact.consentHistory()));
        return export;
    }

    @Override
    public ContactId register(CompanyId company, NewContact input, Set<ConsentPurpose> consents, String partnerId,
                              String source) {
        organisations.findById(company.value()).orElseThrow(() -> new NoSuchElementException("No organisation " + company));
        Instant now = clock.instant();
        String key = Contact.emailKey(input.email());
        Contact contact = (key == null ? Optional.<Contact>empty() : contacts.findByEmailKey(key))
                .orElseGet(() -> contacts.save(new Contact(company.value(), new ContactDetails(input.firstName(),
                        input.lastName(), input.job(), input.email(), input.phone(), input.language()), now)));
        if (!contact.isErased()) {
            for (ConsentPurpose purpose : consents) {
                contact.record(purpose, true, LawfulBasis.CONSENT, partnerId, source, null, now);
            }
        }
        return new ContactId(contact.id());
    }

    private static List<Map<String, Object>> history(List<ConsentRecord> records) {
        return records.stream().map(r -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("purpose", r.purpose().name());
            line.put("granted", r.granted());
            line.put("lawfulBasis", r.lawfulBasis().name());
            line.put("sourcePartner", r.sourcePartner());
            line.put("source", r.source());
            line.put("recordedAt", r.recordedAt().toString());
            return line;
        }).toList();
    }
}
