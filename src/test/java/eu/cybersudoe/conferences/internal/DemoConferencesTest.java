package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.accounts.StaffMember;
import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo conferences: past ones held with attendance and counted, upcoming ones open for registration. */
@DatabaseTest
@TestPropertySource(properties = "cybersudoe.conferences.scheduler=false")
class DemoConferencesTest {

    @Autowired
    DemoConferences demo;
    @Autowired
    Network network;
    @Autowired
    ConferenceIndicators indicators;
    @Autowired
    ConferenceStore conferences;
    @Autowired
    Clock clock;
    @Autowired
    AccountService accounts;
    @Autowired
    ConferenceOrganisers organisers;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPartnersDemoConferencesAreHeldCountedAndOpen() {
        Partner partner = network.partner(new PartnerId("ceei-burgos")).orElseThrow();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        long heldBefore = measure("conferences-held", today, partner);
        long perThemeBefore = indicators.heldPerTheme("ceei-burgos").values().stream().mapToLong(Long::longValue).sum();
        long attendancesBefore = measure("conference-attendances", today, partner);

        assertThat(demo.createFor(List.of(partner))).isEqualTo(9);

        assertThat(measure("conferences-held", today, partner) - heldBefore).isEqualTo(6);
        var perTheme = indicators.heldPerTheme("ceei-burgos");
        assertThat(perTheme.values().stream().mapToLong(Long::longValue).sum() - perThemeBefore).isEqualTo(6);
        assertThat(perTheme.keySet()).allMatch(theme -> network.theme(theme).isPresent()).hasSizeGreaterThan(1);
        long attendances = measure("conference-attendances", today, partner) - attendancesBefore;
        assertThat(attendances).isBetween(6L * 11, 6L * 19);
        List<Conference> upcoming = conferences.agenda(new AgendaQuery(false, null, null, null, null, "ceei-burgos", null, null,
                null, 1), clock.instant()).conferences();
        assertThat(upcoming).hasSizeGreaterThanOrEqualTo(3).allMatch(c -> c.registrationOpen(clock.instant()));
        assertThat(upcoming.getFirst().details().zone().getId()).isEqualTo("Europe/Madrid");
        assertThat(upcoming.getFirst().title().has(eu.cybersudoe.shared.Language.PT)).isTrue();
    }

    @Test
    void anAdvisorOfThePartnerIsInChargeOfEachDemoConference() {
        Partner partner = network.partner(new PartnerId("ceei-burgos")).orElseThrow();
        accounts.createConfirmed("demo-advisor." + UUID.randomUUID() + "@example.org", "Asesora", "{noop}x", Role.ADVISOR,
                "ceei-burgos", Language.ES);
        long before = jdbc.sql("select coalesce(max(id), 0) from conference").query(Long.class).single();

        demo.createFor(List.of(partner));

        List<Long> advisors = organisers.staffOf("ceei-burgos").stream().filter(m -> m.role() == Role.ADVISOR)
                .map(StaffMember::accountId).toList();
        List<Long> inCharge = jdbc.sql("select organiser_id from conference where id > ? and partner_id = 'ceei-burgos'")
                .param(before).query((rs, row) -> (Long) rs.getObject(1)).list();
        assertThat(inCharge).hasSize(9).allMatch(advisors::contains);
    }

    private long measure(String indicator, LocalDate until, Partner partner) {
        return indicators.measure(indicator, until, Optional.of(partner.id())).map(BigDecimal::longValue).orElse(0L);
    }
}
