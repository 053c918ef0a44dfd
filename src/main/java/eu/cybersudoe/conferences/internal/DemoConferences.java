package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.accounts.StaffMember;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.conferences.ConferenceKind;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * In demo mode ({@code cybersudoe.demo=true}), adds conferences for every partner across the
 * themes when there are none: past ones closed with their attendance (walk-ins of demo companies,
 * so that the indicators move and the companies' timelines show them), and upcoming ones open
 * for registration. Dates are set around today, like the calendar in demo mode.
 */
@Component
class DemoConferences {

    private static final Logger log = LoggerFactory.getLogger(DemoConferences.class);
    /** Past conferences per partner (the target is 20 over the project). */
    private static final int PAST = 6;
    private static final int UPCOMING = 3;
    private static final String[] SURNAMES = {"Martin", "García", "Silva", "Bernard", "López", "Santos", "Dubois", "Fernández",
            "Pereira", "Moreau", "Sánchez", "Costa", "Laurent", "Romero", "Oliveira", "Girard", "Navarro", "Rodrigues"};

    private final boolean enabled;
    private final Network network;
    private final ConferenceOffice office;
    private final Registrations registrations;
    private final CompanyRegistry registry;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ConferenceOrganisers organisers;

    DemoConferences(@Value("${cybersudoe.demo:false}") boolean enabled, Network network, ConferenceOffice office,
                    Registrations registrations, CompanyRegistry registry, MessageSource messages, JdbcClient jdbc, Clock clock,
                    ConferenceOrganisers organisers) {
        this.organisers = organisers;
        this.enabled = enabled;
        this.network = network;
        this.office = office;
        this.registrations = registrations;
        this.registry = registry;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(40)
    public void onReady() {
        if (enabled) {
            create();
        }
    }

    /** Adds the demo conferences when there are none; returns how many were added. */
    int create() {
        if (jdbc.sql("select count(*) from conference").query(Long.class).single() > 0) {
            log.info("Demo mode: conferences already exist, no demo conferences added");
            return 0;
        }
        long started = System.nanoTime();
        int made = createFor(network.partners());
        log.info("Demo mode: {} demo conferences created in {} ms", made, Duration.ofNanos(System.nanoTime() - started).toMillis());
        return made;
    }

    /** Adds the demo conferences of these partners; returns how many were added. */
    int createFor(List<Partner> partners) {
        List<Theme> themes = network.themes(false);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Paris"));
        int made = 0;
        int partnerIndex = 0;
        for (Partner partner : partners) {
            Map<Integer, CompanyId> known = new HashMap<>();
            for (int i = 0; i < PAST; i++) {
                Theme theme = themes.get((partnerIndex + i) % themes.size());
                long id = office.create(partner.id().value(), details(partner, theme, today.minusDays(15L + 25L * i + partnerIndex),
                        ConferenceKind.AWARENESS_CONFERENCE, 40));
                putInCharge(id, partner);
                office.publish(id);
                int present = 11 + (partnerIndex * 3 + i * 5) % 9;
                for (int p = 0; p < present; p++) {
                    registrations.walkIn(id, attendee(partner, known, p, i), null);
                }
                jdbc.sql("""
                                update conference_registration set registered_at = (select starts_at from conference where id = ?),
                                    checked_in_at = (select starts_at from conference where id = ?) where conference_id = ?""")
                        .params(id, id, id).update();
                office.close(id);
                made++;
            }
            for (int i = 0; i < UPCOMING; i++) {
                Theme theme = themes.get((partnerIndex + PAST + i) % themes.size());
                ConferenceKind kind = i == 2 && partner.lead() ? ConferenceKind.COMMITTEE_SEMINAR
                        : i == 1 ? ConferenceKind.WORKSHOP : ConferenceKind.AWARENESS_CONFERENCE;
                long id = office.create(partner.id().value(), details(partner, theme, today.plusDays(9L + 14L * i + partnerIndex),
                        kind, 30 + 10 * i));
                putInCharge(id, partner);
                office.publish(id);
                made++;
            }
            partnerIndex++;
        }
        return made;
    }

    /** The partner's first demo advisor (else its first staff member) is in charge, so that deactivating them shows the hand-over. */
    private void putInCharge(long conferenceId, Partner partner) {
        List<StaffMember> staff = organisers.staffOf(partner.id().value());
        staff.stream().filter(member -> member.role() == Role.ADVISOR).findFirst()
                .or(() -> staff.stream().findFirst())
                .ifPresent(member -> organisers.name(conferenceId, member.accountId(), member.displayName()));
    }

    private ConferenceDetails details(Partner partner, Theme theme, LocalDate day, ConferenceKind kind, int capacity) {
        ZoneId zone = VenueZones.of(partner.country());
        Instant start = day.atTime(LocalTime.of(9, 30)).atZone(zone).toInstant();
        Map<Language, String> titles = new EnumMap<>(Language.class);
        Map<Language, String> descriptions = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String themeName = theme.name().in(language).text();
            titles.put(language, messages.getMessage("conferences.demo.title." + kind.name(), new Object[]{themeName}, language.locale()));
            descriptions.put(language, messages.getMessage("conferences.demo.description", new Object[]{themeName, partner.shortName()},
                    language.locale()));
        }
        Language source = partner.country().language();
        return new ConferenceDetails(kind, new LocalizedText(titles, source), new LocalizedText(descriptions, source), List.of(),
                List.of(theme.code()), List.of(source), ConferenceFormat.IN_PERSON, partner.shortName(), null, null,
                partner.city(), partner.country(), partner.regions().isEmpty() ? null : partner.regions().getFirst(), null, zone,
                start, start.plus(Duration.ofMinutes(150)), capacity, null, null, null);
    }

    /** A demo company and its person: the partner's first five companies come back to several conferences. */
    private Registrant attendee(Partner partner, Map<Integer, CompanyId> known, int index, int conference) {
        int number = index < 5 ? index : index + conference * 12;
        String name = "Demo " + partner.city() + " " + SURNAMES[number % SURNAMES.length] + " " + (number + 1);
        CompanyId company = known.get(number);
        if (company == null) {
            var registered = registry.register(new NewOrganisation(OrganisationKind.COMPANY, name, null, partner.country(), null,
                    null, null, partner.city(), null, 3 + number % 40, null, 2010 + number % 14, number % 3 == 0, null,
                    List.of("demo-conferences")), partner.id().value());
            company = ((eu.cybersudoe.companies.Registration.Registered) registered).id();
            known.put(number, company);
        }
        return new Registrant(company, new NewOrganisation(OrganisationKind.COMPANY, name, null, partner.country(), null, null,
                null, null, null, null, null, null, false, null, List.of()),
                new Person(null, SURNAMES[(number * 7) % SURNAMES.length], null, null, null, partner.country().language()), false);
    }
}
