package eu.cybersudoe;

import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.monitoring.AlertSeverity;
import eu.cybersudoe.monitoring.AlertSource;
import eu.cybersudoe.monitoring.RaisedAlert;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operational alerts each module raises from its own tables through monitoring's
 * {@link AlertSource}: a newsletter issue past its planned day not sent, a mission held more than
 * 30 days ago without a delivered report, a conference held with fewer than 15 companies present
 * (H2, then PostgreSQL).
 */
@DatabaseTest
@Transactional
class OperationalAlertsTest {

    static final LocalDate DAY = LocalDate.of(2031, 5, 20);

    @Autowired
    List<AlertSource> sources;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CompanyRegistry registry;

    @Test
    void aNewsletterIssuePastItsPlannedDayAndNotSentIsLate() {
        issue(9101, DAY.minusDays(3), "APPROVED");
        issue(9102, DAY.minusDays(3), "SENT");
        issue(9103, DAY.plusDays(3), "DRAFT");
        issue(9104, DAY.minusDays(45), "DRAFT");

        List<RaisedAlert> raised = of("newsletters", "newsletter-issue-late");

        assertThat(raised).extracting(a -> number(a)).contains("9101", "9104").doesNotContain("9102", "9103");
        RaisedAlert late = raised.stream().filter(a -> number(a).equals("9101")).findFirst().orElseThrow();
        assertThat(late.partner()).isEmpty();
        assertThat(late.severity()).isEqualTo(AlertSeverity.WARNING);
        assertThat(late.explanation().in(Language.FR).text()).contains("9101").contains("17 mai 2031").contains("n'est pas envoyé");
        assertThat(raised.stream().filter(a -> number(a).equals("9104")).findFirst().orElseThrow().severity())
                .isEqualTo(AlertSeverity.CRITICAL);
    }

    @Test
    void aMissionHeldMoreThanThirtyDaysAgoWithoutItsReportIsRaisedForItsPartner() {
        long late = mission("ciebi", DAY.minusDays(40), "REPORT_DRAFTED", false);
        long recent = mission("ciebi", DAY.minusDays(10), "HELD", false);
        long delivered = mission("ciebi", DAY.minusDays(90), "DELIVERED", true);
        long cancelled = mission("ciebi", DAY.minusDays(90), "CANCELLED", false);
        long veryLate = mission("cybermassif", DAY.minusDays(70), "HELD", false);

        List<RaisedAlert> raised = of("missions", "mission-without-report");

        assertThat(raised).extracting(RaisedAlert::subject).contains("mission-" + late, "mission-" + veryLate)
                .doesNotContain("mission-" + recent, "mission-" + delivered, "mission-" + cancelled);
        RaisedAlert one = raised.stream().filter(a -> a.subject().equals("mission-" + late)).findFirst().orElseThrow();
        assertThat(one.partner()).contains(new PartnerId("ciebi"));
        assertThat(one.severity()).isEqualTo(AlertSeverity.WARNING);
        assertThat(one.explanation().in(Language.EN).text()).contains("no intervention report delivered after 40 days");
        assertThat(one.explanation().in(Language.ES).text()).contains("tras 40 días");
        assertThat(raised.stream().filter(a -> a.subject().equals("mission-" + veryLate)).findFirst().orElseThrow().severity())
                .isEqualTo(AlertSeverity.CRITICAL);
    }

    @Test
    void aConferenceHeldWithFewerThanFifteenCompaniesIsRaisedForItsOrganiser() {
        long few = conference("CLOSED", DAY.minusDays(5), 3);
        long enough = conference("CLOSED", DAY.minusDays(5), 15);
        long notHeld = conference("PUBLISHED", DAY.minusDays(5), 2);

        List<RaisedAlert> raised = of("conferences", "conference-few-companies");

        assertThat(raised).extracting(RaisedAlert::subject).contains("conference-" + few)
                .doesNotContain("conference-" + enough, "conference-" + notHeld);
        RaisedAlert alert = raised.stream().filter(a -> a.subject().equals("conference-" + few)).findFirst().orElseThrow();
        assertThat(alert.partner()).contains(new PartnerId("cybermassif"));
        assertThat(alert.severity()).isEqualTo(AlertSeverity.WARNING);
        assertThat(alert.explanation().in(Language.EN).text()).contains("Alert check conference").contains("3 companies attended, 15 expected");
        assertThat(alert.explanation().in(Language.PT).text()).contains("3 empresas presentes");
    }

    private List<RaisedAlert> of(String module, String rule) {
        return sources.stream().filter(s -> AopUtils.getTargetClass(s).getPackageName().startsWith("eu.cybersudoe." + module))
                .flatMap(s -> s.alertsOn(DAY).stream()).filter(a -> a.rule().equals(rule)).toList();
    }

    private String number(RaisedAlert alert) {
        long id = Long.parseLong(alert.subject().substring("issue-".length()));
        return String.valueOf(jdbc.sql("select number from newsletter_issue where id = ?").param(id).query(Integer.class).single());
    }

    private void issue(int number, LocalDate planned, String state) {
        jdbc.sql("insert into newsletter_issue (number, planned_on, state, updated_at, version) values (?, ?, ?, current_timestamp, 0)")
                .params(number, Date.valueOf(planned), state).update();
    }

    private long mission(String partner, LocalDate held, String state, boolean delivered) {
        jdbc.sql("""
                        insert into mission (partner_id, origin, language, themes, state, held_on, delivered_at, requested_at, updated_at, version)
                        values (?, 'STAFF', 'fr', ',security,', ?, ?, ?, current_timestamp, current_timestamp, 0)""")
                .params(partner, state, Date.valueOf(held), delivered ? Timestamp.from(held.plusDays(5).atStartOfDay(ZoneOffset.UTC).toInstant()) : null)
                .update();
        return jdbc.sql("select max(id) from mission").query(Long.class).single();
    }

    private long conference(String status, LocalDate held, int companies) {
        Timestamp start = Timestamp.from(held.atTime(9, 0).toInstant(ZoneOffset.UTC));
        jdbc.sql("""
                        insert into conference (partner_id, co_organisers, kind, status, title, description, themes, languages, format,
                            country, time_zone, starts_at, ends_at, capacity, confirmed, published_at, created_at, updated_at)
                        values ('cybermassif', ',', 'AWARENESS_CONFERENCE', ?, '{"source":"en","texts":{"en":"Alert check conference"}}',
                            '{"source":"en","texts":{"en":"Alert check"}}', ',security,', ',fr,', 'ONLINE', 'FR', 'Europe/Paris',
                            ?, ?, 100, 0, current_timestamp, current_timestamp, current_timestamp)""")
                .params(status, start, start).update();
        long conference = jdbc.sql("select max(id) from conference").query(Long.class).single();
        for (int i = 0; i < companies; i++) {
            var company = (Registration.Registered) registry.register(new NewOrganisation(OrganisationKind.COMPANY,
                    "Alert Check " + conference + " " + i + " SARL", null, Country.FR, null, null, "63000", "Clermont-Ferrand", null, 3,
                    null, 2020, false, null, List.of()), "cybermassif");
            jdbc.sql("""
                            insert into conference_registration (conference_id, token, organisation_id, organisation_name, last_name, email,
                                email_key, language, status, walk_in, registered_at, checked_in_at)
                            values (?, ?, ?, 'Alert Check SARL', 'Check', ?, ?, 'fr', 'CONFIRMED', false, current_timestamp, ?)""")
                    .params(conference, "alert-check-" + conference + "-" + i, company.id().value(),
                            "p" + i + "@alert-check.example.org", "p" + i + "@alert-check.example.org", start).update();
        }
        return conference;
    }
}
