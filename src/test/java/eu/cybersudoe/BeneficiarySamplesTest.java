package eu.cybersudoe;

import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.monitoring.BeneficiarySample;
import eu.cybersudoe.monitoring.BeneficiarySample.Beneficiary;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conferences and missions offer the evaluator their beneficiaries: the companies that attended (checked
 * in at a closed conference) or were accompanied (a mission held), each with a contact who consents now,
 * read from each module's own tables and the registry's API (H2, then PostgreSQL).
 */
@DatabaseTest
@Transactional
class BeneficiarySamplesTest {

    @Autowired
    List<BeneficiarySample> sources;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    JdbcClient jdbc;

    long consenting;
    long refusing;
    long absent;

    @BeforeEach
    void companiesWithAndWithoutConsent() {
        consenting = company("Sample Consenting SARL", "sample.yes@example.org", true);
        refusing = company("Sample Refusing SL", "sample.no@example.org", false);
        absent = company("Sample Absent Lda", "sample.absent@example.org", true);
        jdbc.sql("""
                insert into conference (partner_id, co_organisers, kind, status, title, description, themes, languages, format,
                    country, time_zone, starts_at, ends_at, capacity, confirmed, published_at, created_at, updated_at)
                values ('cybermassif', ',', 'AWARENESS_CONFERENCE', 'CLOSED', '{"source":"fr","texts":{"fr":"Sample"}}',
                    '{"source":"fr","texts":{"fr":"Sample"}}', ',security,', ',fr,', 'ONLINE', 'FR', 'Europe/Paris',
                    timestamp '2009-01-10 09:00:00', timestamp '2009-01-10 11:00:00', 10, 1, current_timestamp,
                    current_timestamp, current_timestamp)""").update();
        long conference = jdbc.sql("select max(id) from conference").query(Long.class).single();
        register(conference, consenting, "sample.yes@example.org", "es", true);
        register(conference, refusing, "sample.no@example.org", "es", true);
        register(conference, absent, "sample.absent@example.org", "fr", false);
        mission(consenting, "sample.yes@example.org", "2009-02-01");
        mission(refusing, "sample.no@example.org", "2009-02-02");
        mission(absent, "sample.absent@example.org", null);
    }

    @Test
    void conferencesOfferTheCompaniesThatAttendedWithAConsentingContact() {
        List<Beneficiary> attended = ours(source("Attended an awareness conference").beneficiaries(LocalDate.of(2009, 6, 30)));

        assertThat(attended).extracting(Beneficiary::companyId).containsExactly(consenting);
        assertThat(attended.getFirst().email()).isEqualTo("sample.yes@example.org");
        assertThat(attended.getFirst().language()).isEqualTo(Language.ES);
        assertThat(attended.getFirst().companyName()).isEqualTo("Sample Consenting SARL");
        assertThat(ours(source("Attended an awareness conference").beneficiaries(LocalDate.of(2009, 1, 9))))
                .as("not before the conference").isEmpty();
    }

    @Test
    void missionsOfferTheCompaniesAccompaniedWithAConsentingContact() {
        List<Beneficiary> accompanied = ours(source("Accompanied by a technical assistance mission")
                .beneficiaries(LocalDate.of(2009, 6, 30)));

        assertThat(accompanied).extracting(Beneficiary::companyId).containsExactly(consenting);
        assertThat(accompanied.getFirst().companyName()).isEqualTo("Sample Consenting SARL");
        assertThat(ours(source("Accompanied by a technical assistance mission").beneficiaries(LocalDate.of(2009, 1, 31))))
                .as("not before the mission was held").isEmpty();
    }

    private BeneficiarySample source(String origin) {
        return sources.stream().filter(s -> s.origin().in(Language.EN).text().equals(origin)).findFirst().orElseThrow();
    }

    private List<Beneficiary> ours(List<Beneficiary> all) {
        Set<Long> ours = Set.of(consenting, refusing, absent);
        return all.stream().filter(b -> ours.contains(b.companyId())).toList();
    }

    private long company(String name, String email, boolean consent) {
        var registered = (Registration.Registered) registry.register(new NewOrganisation(OrganisationKind.COMPANY, name, null,
                Country.FR, null, null, "63000", "Clermont-Ferrand", null, 3, null, 2020, false, null, List.of()), "cybermassif");
        jdbc.sql("""
                insert into contact (organisation_id, first_name, last_name, email, email_key, language, newsletter_consent,
                    invitation_consent, created_at, updated_at, version)
                values (?, 'Sample', 'Contact', ?, ?, 'fr', ?, false, current_timestamp, current_timestamp, 0)""")
                .params(registered.id().value(), email, email, consent).update();
        return registered.id().value();
    }

    private void register(long conference, long company, String email, String language, boolean checkedIn) {
        jdbc.sql("""
                insert into conference_registration (conference_id, token, organisation_id, organisation_name, last_name, email,
                    email_key, language, status, walk_in, registered_at, checked_in_at)
                values (?, ?, ?, (select legal_name from organisation where id = ?), 'Sample', ?, ?, ?, 'CONFIRMED', false,
                    current_timestamp, ?)""")
                .params(conference, "sample-" + company, company, company, email, email, language,
                        checkedIn ? java.sql.Timestamp.valueOf("2009-01-10 09:30:00") : null).update();
    }

    private void mission(long company, String email, String heldOn) {
        jdbc.sql("""
                insert into mission (organisation_id, partner_id, origin, contact_email, language, themes, state, held_on, actual_days,
                    requested_at, updated_at, version)
                values (?, 'cybermassif', 'STAFF', ?, 'fr', ',security,', ?, ?, 1, current_timestamp, current_timestamp, 0)""")
                .params(company, email, heldOn == null ? "REQUESTED" : "HELD", heldOn == null ? null : java.sql.Date.valueOf(heldOn))
                .update();
    }
}
