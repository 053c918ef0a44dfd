package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.ConsentRecord;
import eu.cybersudoe.companies.classification.Activities;
import eu.cybersudoe.companies.classification.ActivityTitles;
import eu.cybersudoe.companies.identifiers.IdentifierKind;
import eu.cybersudoe.companies.identifiers.NationalIdentifier;
import eu.cybersudoe.companies.internal.CompanyFile;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Region;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.shared.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * An organisation's page as the template shows it: the stored file with names looked up
 * (partners, region, sector theme) and the identifier written as people read it.
 */
public record CompanyView(CompanyFile.Company company, String identifierShown, String identifierKindKey, String regionName,
                          LocalizedText sectorThemeName, ActivityTitles.Title activityTitle, List<ProvenanceLine> provenance,
                          List<ContactView> contacts, List<TimelineLine> timeline, List<NoteLine> notes) {

    /** Dates are shown as the day in the network's first time zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    public record ProvenanceLine(String partner, String relationKey, LocalDate since) {
    }

    public record ContactView(CompanyFile.ContactEntry contact, List<ConsentLine> history) {
        public boolean consents(ConsentPurpose purpose) {
            return purpose == ConsentPurpose.NEWSLETTER ? contact.newsletterConsent() : contact.invitationConsent();
        }
    }

    public record ConsentLine(ConsentPurpose purpose, boolean granted, String basis, String sourcePartner, String source,
                              LocalDate date) {
    }

    public record TimelineLine(LocalDate date, LocalizedText summary, String link, String partner) {
    }

    public record NoteLine(LocalDate date, String body) {
    }

    /** Whether the activity code was kept as given, the classification not knowing it: staff should correct it. */
    public boolean unknownActivity() {
        return company.activityCode() != null && company.naceClass() == null;
    }

    public List<ConsentPurpose> purposes() {
        return List.of(ConsentPurpose.values());
    }

    static CompanyView of(CompanyFile file, Network network, Activities activities, Function<String, String> partnerName) {
        CompanyFile.Company c = file.company();
        return new CompanyView(c, identifierShown(c), c.identifierKind() == null ? null : "identifier.kind." + c.identifierKind(),
                c.nuts2() == null ? null : network.region(c.nuts2()).map(Region::name).orElse(c.nuts2()),
                c.sectorTheme() == null ? null : network.theme(c.sectorTheme()).map(Theme::name).orElse(null),
                c.naceClass() == null ? null : activities.title(Country.valueOf(c.country()), c.activityCode()).orElse(null),
                file.provenance().stream().map(p -> new ProvenanceLine(partnerName.apply(p.partnerId()),
                        "companypage.relation." + p.relation().name(), day(p.since()))).toList(),
                file.contacts().stream().map(k -> new ContactView(k, k.history().reversed().stream()
                        .map(r -> consent(r, partnerName)).toList())).toList(),
                file.timeline().stream().map(t -> new TimelineLine(day(t.occurredAt()), t.summary(), t.link(),
                        partnerName.apply(t.partnerId()))).toList(),
                file.notes().stream().map(n -> new NoteLine(day(n.createdAt()), n.body())).toList());
    }

    private static ConsentLine consent(ConsentRecord r, Function<String, String> partnerName) {
        return new ConsentLine(r.purpose(), r.granted(), r.lawfulBasis().name(), partnerName.apply(r.sourcePartner()), r.source(),
                day(r.recordedAt()));
    }

    /** The identifier as people read it (a SIREN in groups of three digits), or as stored if it cannot be read. */
    static String identifierShown(CompanyFile.Company c) {
        if (c.identifier() == null) {
            return null;
        }
        try {
            IdentifierKind kind = IdentifierKind.valueOf(c.identifierKind());
            Country country = kind == IdentifierKind.VAT ? countryOf(c.identifier().substring(0, 2)) : Country.valueOf(c.country());
            return new NationalIdentifier(kind, c.identifier(), country).display();
        } catch (RuntimeException unreadable) {
            return c.identifier();
        }
    }

    private static Country countryOf(String prefix) {
        for (Country country : Country.values()) {
            if (country.name().equals(prefix)) {
                return country;
            }
        }
        return null;
    }

    static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZONE);
    }
}
