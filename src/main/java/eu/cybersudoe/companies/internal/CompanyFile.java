package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.ConsentRecord;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;

import java.time.Instant;
import java.util.List;

/**
 * What the back office shows of one organisation: its stored fields, the partners that know
 * it, its contacts with their consent history, its timeline (newest first) and the notes of
 * one partner.
 */
public record CompanyFile(Company company, List<Provenance> provenance, List<ContactEntry> contacts,
                          List<TimelineEntry> timeline, List<Note> notes) {

    public CompanyFile {
        provenance = List.copyOf(provenance);
        contacts = List.copyOf(contacts);
        timeline = List.copyOf(timeline);
        notes = List.copyOf(notes);
    }

    /** The organisation's stored fields, with the version an edit must start from. */
    public record Company(long id, long version, OrganisationKind kind, String legalName, String tradeName, String country,
                          String identifierKind, String identifier, String vatNumber, String address, String postcode, String city,
                          String nuts2, String activityCode, String naceClass, String sectorTheme, String sizeClass,
                          Integer employees, Integer creationYear, boolean womanLed, boolean micro,
                          boolean prioritySector, boolean youngWomanLed, String website, List<String> tags) {
        public Company {
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    /** A partner that brought or served the organisation, since when. */
    public record Provenance(String partnerId, Organisation.Relation relation, Instant since) {
    }

    /** A contact, its current consents and its consent history (oldest first). */
    public record ContactEntry(long id, String firstName, String lastName, String job, String email, String phone,
                               Language language, boolean newsletterConsent, boolean invitationConsent, boolean erased,
                               List<ConsentRecord> history) {
        public ContactEntry {
            history = List.copyOf(history);
        }
    }

    /** Something that happened with the organisation elsewhere in the platform. */
    public record TimelineEntry(String kind, String partnerId, Instant occurredAt, LocalizedText summary, String link) {
    }

    /** A private note of a partner. */
    public record Note(long id, String body, Instant createdAt) {
    }
}
