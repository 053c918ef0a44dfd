package eu.cybersudoe;

import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.monitoring.ReportSection;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report sections the conferences, missions and newsletters modules write, each from its own
 * tables, for a partner and for the network, in the report's language (H2, then PostgreSQL).
 * Semester 2 runs from 1 January to 30 June 2009.
 */
@DatabaseTest
@Transactional
class ModuleReportSectionsTest {

    static final PartnerId CYBERMASSIF = new PartnerId("cybermassif");
    static final PartnerId CIEBI = new PartnerId("ciebi");

    @Autowired
    List<ReportSection> sections;
    @Autowired
    Network network;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    eu.cybersudoe.companies.PartnerCompanies partnerCompanies;

    Semester semester;
    long company;
    long otherCompany;

    @BeforeEach
    void recordsOfTheSemester() {
        semester = network.calendar().semesters().stream().filter(s -> s.number() == 2).findFirst().orElseThrow();
        company = register("Report Section SARL", "cybermassif");
        otherCompany = register("Report Section Lda", "ciebi");
        long held = conference("cybermassif", ",", "CLOSED", "2009-03-10 09:00:00", "Sécurité des PME", "SME security");
        conference("ciebi", ",cybermassif,", "PUBLISHED", "2009-05-20 09:00:00", "Ciberseguridade", "Cybersecurity day");
        conference("cybermassif", ",", "CANCELLED", "2009-04-01 09:00:00", "Annulée", "Cancelled one");
        conference("cybermassif", ",", "CLOSED", "2009-07-02 09:00:00", "Juillet", "Next semester");
        jdbc.sql("""
                insert into conference_registration (conference_id, token, organisation_id, organisation_name, last_name, email,
                    email_key, language, status, walk_in, registered_at, checked_in_at)
                values (?, 'report-section-token', ?, 'Report Section SARL', 'Durand', 'durand@example.org',
                    'durand@example.org', 'fr', 'CONFIRMED', false, current_timestamp, timestamp '2009-03-10 09:30:00')""")
                .params(held, company).update();
        mission("cybermassif", "2009-02-05", "DELIVERED", "Marc Conseil");
        mission("cybermassif", "2009-02-06", "CANCELLED", "Annulé");
        mission("ciebi", "2009-03-06", "HELD", "Rui Consultor");
        jdbc.sql("""
                insert into newsletter_issue (number, planned_on, state, finished_at, updated_at, version)
                values (9901, date '2009-04-01', 'SENT', timestamp '2009-04-01 10:00:00', current_timestamp, 0)""").update();
        long issue = jdbc.sql("select id from newsletter_issue where number = 9901").query(Long.class).single();
        jdbc.sql("""
                insert into newsletter_variant (issue_id, language, subject, preheader, body, links, updated_at)
                values (?, 'en', 'April issue', '', 'Body', '', current_timestamp),
                       (?, 'fr', 'Numéro d''avril', '', 'Corps', '', current_timestamp)""").params(issue, issue).update();
        send(issue, company, "a@example.org", "DELIVERED");
        send(issue, otherCompany, "b@example.org", "DELIVERED");
        send(issue, otherCompany, "c@example.org", "FAILED");
    }

    @Test
    void theConferencesSectionListsThePartnersConferencesOfTheSemester() {
        ReportSection.Content ciebi = section("Conferences of the semester", Optional.of(CIEBI), Language.EN);
        assertThat(ciebi.rows()).extracting(row -> row.get(1)).containsExactly("Cybersecurity day");
        ReportSection.Content own = section("Conferences of the semester", Optional.of(CYBERMASSIF), Language.EN);
        assertThat(own.rows()).extracting(row -> row.get(1)).containsExactly("SME security", "Cybersecurity day");
        assertThat(own.rows().getFirst()).containsExactly("Mar 10, 2009", "SME security", "Awareness conference", "Closed", "1");
        assertThat(own.summary()).isEqualTo("2 conferences, not cancelled, started during the semester.");

        ReportSection.Content french = section("Réunions de sensibilisation du semestre", Optional.of(CYBERMASSIF), Language.FR);
        assertThat(french.rows().getFirst().subList(1, 5)).containsExactly("Sécurité des PME", "Réunion de sensibilisation",
                "Clôturée", "1");
        assertThat(section("Conferences of the semester", Optional.empty(), Language.EN).rows()).extracting(row -> row.get(1))
                .contains("SME security", "Cybersecurity day").doesNotContain("Cancelled one", "Next semester");
    }

    @Test
    void theMissionsSectionListsTheMissionsHeldDuringTheSemesterWithoutNamingCompanies() {
        ReportSection.Content own = section("Technical assistance missions of the semester", Optional.of(CYBERMASSIF), Language.EN);
        assertThat(own.rows()).containsExactly(List.of("Feb 5, 2009", "Marc Conseil", "1.5", "Report delivered"));
        assertThat(own.summary()).isEqualTo("1 mission held during the semester.");
        assertThat(section("Missões de assistência técnica do semestre", Optional.of(CIEBI), Language.PT).rows())
                .extracting(row -> row.subList(1, 4)).containsExactly(List.of("Rui Consultor", "1,5", "Realizada"));
        assertThat(section("Technical assistance missions of the semester", Optional.empty(), Language.EN).rows())
                .extracting(row -> row.get(1)).contains("Marc Conseil", "Rui Consultor").doesNotContain("Annulé");
    }

    @Test
    void theNewslettersSectionCountsThePartnersDeliveredCopies() {
        ReportSection.Content own = section("Newsletter issues of the semester", Optional.of(CYBERMASSIF), Language.EN);
        String brought = java.util.Arrays.asList(partnerCompanies.broughtBy("cybermassif")).contains(company) ? "1" : "0";
        assertThat(own.rows()).containsExactly(List.of("9901", "April issue", "Apr 1, 2009", brought));
        assertThat(section("Newsletter issues of the semester", Optional.empty(), Language.EN).rows())
                .contains(List.of("9901", "April issue", "Apr 1, 2009", "2"));
        assertThat(section("Números del boletín electrónico del semestre", Optional.of(CIEBI), Language.ES).rows())
                .extracting(row -> List.of(row.get(0), row.get(1))).containsExactly(List.of("9901", "Numéro d'avril"));
    }

    private ReportSection.Content section(String title, Optional<PartnerId> partner, Language language) {
        return sections.stream().map(s -> s.write(semester, partner, language)).flatMap(Optional::stream)
                .filter(c -> c.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No section " + title));
    }

    private long register(String name, String partner) {
        var registered = (Registration.Registered) registry.register(new NewOrganisation(OrganisationKind.COMPANY, name, null,
                Country.FR, null, null, "63000", "Clermont-Ferrand", null, 3, null, 2020, false, null, List.of()), partner);
        return registered.id().value();
    }

    private long conference(String partner, String coOrganisers, String status, String startsAt, String french, String english) {
        jdbc.sql("""
                insert into conference (partner_id, co_organisers, kind, status, title, description, themes, languages, format,
                    country, time_zone, starts_at, ends_at, capacity, confirmed, published_at, created_at, updated_at)
                values (?, ?, 'AWARENESS_CONFERENCE', ?, ?, '{"source":"fr","texts":{"fr":"-"}}', ',security,', ',fr,', 'ONLINE',
                    'FR', 'Europe/Paris', cast(? as timestamp), cast(? as timestamp), 10, 1, current_timestamp, current_timestamp,
                    current_timestamp)""")
                .params(partner, coOrganisers, status,
                        "{\"source\":\"fr\",\"texts\":{\"fr\":\"" + french + "\",\"en\":\"" + english + "\"}}", startsAt, startsAt)
                .update();
        return jdbc.sql("select max(id) from conference").query(Long.class).single();
    }

    private void mission(String partner, String heldOn, String state, String advisor) {
        jdbc.sql("""
                insert into mission (organisation_id, partner_id, origin, language, themes, state, held_on, actual_days,
                    advisor_name, requested_at, updated_at, version)
                values (?, ?, 'STAFF', 'fr', ',security,', ?, cast(? as date), 1.5, ?, current_timestamp, current_timestamp, 0)""")
                .params(company, partner, state, heldOn, advisor).update();
    }

    private void send(long issue, long to, String email, String state) {
        jdbc.sql("""
                insert into newsletter_send (issue_id, contact_id, company_id, email, email_key, language, state, attempts,
                    next_attempt_at, finished_at)
                values (?, 0, ?, ?, ?, 'fr', ?, 1, current_timestamp, timestamp '2009-04-01 09:00:00')""")
                .params(issue, to, email, email, state).update();
    }
}
