package eu.cybersudoe.conferences;

import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.conferences.internal.Conference;
import eu.cybersudoe.conferences.internal.ConferenceDetails;
import eu.cybersudoe.conferences.internal.ConferenceFormat;
import eu.cybersudoe.conferences.internal.ConferenceOffice;
import eu.cybersudoe.conferences.internal.ConferenceStatus;
import eu.cybersudoe.conferences.internal.Person;
import eu.cybersudoe.conferences.internal.Registrant;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Conferences and registrants for the module's tests (and the two-node test's). */
public final class ConferenceTestData {

    static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private ConferenceTestData() {
    }

    /** An in-person awareness conference in Porto, at a local date and time in Lisbon's zone. */
    public static ConferenceDetails porto(LocalDateTime start, int capacity) {
        return new ConferenceDetails(ConferenceKind.AWARENESS_CONFERENCE,
                new LocalizedText(Map.of(Language.PT, "Cibersegurança para PME", Language.EN, "Cybersecurity for SMEs"), Language.PT),
                LocalizedText.of(Language.PT, "Boas práticas de segurança digital para pequenas empresas."),
                List.of(), List.of("security"), List.of(Language.PT), ConferenceFormat.HYBRID, "Centro de Congressos",
                "Avenida da Boavista 1", "4100-001", "Porto", Country.PT, "PT11", "https://meet.example.org/porto",
                LISBON, start.atZone(LISBON).toInstant(), start.plusHours(2).atZone(LISBON).toInstant(), capacity, null, null,
                "Ana Silva (Porto Digital)");
    }

    /** The partner's conference in Porto ten days after the clock's now, at 10:00 in Lisbon, published. */
    public static long published(ConferenceOffice office, Clock clock, String partner, int capacity) {
        long id = office.create(partner, porto(tenDaysAfter(clock), capacity));
        if (!office.publish(id)) {
            throw new IllegalStateException("Conference " + id + " was not published");
        }
        return id;
    }

    /** Ten days after the clock's now, at 10:00 in Lisbon. */
    public static LocalDateTime tenDaysAfter(Clock clock) {
        return LocalDateTime.ofInstant(clock.instant(), LISBON).plusDays(10).withHour(10).withMinute(0).withSecond(0).withNano(0);
    }

    static Conference stored(long id, ConferenceDetails details, ConferenceStatus status) {
        Instant published = Instant.parse("2026-11-01T10:00:00Z");
        return new Conference(id, "cybermassif", status, details, 0, published, null, null, published);
    }

    /** A registrant with a fresh e-mail address and a company of their own. */
    static Registrant registrant(String name, Language language) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return new Registrant(new NewOrganisation(OrganisationKind.COMPANY, name + " Lda " + tag, null, Country.PT, null, null,
                "4100-001", "Porto", null, 5, null, 2019, false, null, List.of()),
                new Person(name, "Teste", null, name.toLowerCase() + "." + tag + "@example.org", null, language), false);
    }
}
