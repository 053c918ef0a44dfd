package eu.cybersudoe.companies;

import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Organisations are validated, found again by identifier, and their timeline fed by other modules' events. */
@DatabaseTest
@EnableScenarios
class CompanyRegistryTest {

    @Autowired
    CompanyRegistry registry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void derivesRegionSectorAndPriorityFlagsAndMergesTheSameIdentifier() {
        String siren = uniqueSiren();
        Registration first = registry.register(company("Boulangerie Dupont SARL", Country.FR, siren, "63000", "10.71C", 4), "cybermassif");
        assertThat(first).isInstanceOf(Registration.Registered.class);
        CompanyId id = ((Registration.Registered) first).id();
        assertThat(((Registration.Registered) first).created()).isTrue();
        assertThat(registry.find(id)).hasValueSatisfying(s -> assertThat(s.nuts2()).isEqualTo("FRK1"));
        var row = jdbc.sql("select sector_theme, size_class, micro, priority_sector, name_key from organisation where id = ?")
                .param(id.value()).query().singleRow();
        assertThat(row).containsEntry("sector_theme", "agri-food").containsEntry("size_class", "MICRO")
                .containsEntry("micro", true).containsEntry("priority_sector", true).containsEntry("name_key", "boulangerie dupont");

        Registration again = registry.register(company("BOULANGERIE DUPONT", Country.FR, siren.substring(0, 3) + " " + siren.substring(3),
                "63000", null, null), "transferts-lr");
        assertThat(again).isEqualTo(new Registration.Registered(id, false));
        assertThat(jdbc.sql("select partner_id from organisation_partner where organisation_id = ? order by partner_id")
                .param(id.value()).query(String.class).list()).containsExactly("cybermassif", "transferts-lr");
    }

    @Test
    void reportsEveryProblemWithItsField() {
        Registration refused = registry.register(company(" ", Country.ES, "B12345678", "99999", "99999", -1), "leitat");
        assertThat(refused).isInstanceOfSatisfying(Registration.Rejected.class, r -> assertThat(r.problems())
                .extracting(Registration.Problem::field)
                .containsExactlyInAnyOrder("legalName", "identifier", "postcode", "activityCode", "employees"));
    }

    @Test
    void keepsAVatNumberOfTheSameCompanyAndRefusesOneOfAnotherCountryOrCompany() {
        String siren = uniqueSiren();
        String vat = "FR" + String.format("%02d", (12 + 3 * (Long.parseLong(siren) % 97)) % 97) + siren;
        Registration kept = registry.register(withVat(company("Atelier Vat SAS", Country.FR, siren, "63000", null, 3),
                vat.substring(0, 4) + " " + vat.substring(4)), "cybermassif");
        CompanyId id = ((Registration.Registered) kept).id();
        assertThat(jdbc.sql("select vat_number from organisation where id = ?").param(id.value()).query(String.class).single())
                .isEqualTo(vat);

        String otherSiren = uniqueSiren();
        assertThat(problems(registry.register(withVat(company("Autre SAS", Country.FR, otherSiren, "63000", null, 3), vat), "cybermassif")))
                .containsExactly("vatNumber:companies.vatNumber.otherCompany");
        assertThat(problems(registry.register(withVat(company("Hotel Sol SL", Country.ES, null, "33201", null, 3), vat), "camara-gijon")))
                .containsExactly("vatNumber:companies.vatNumber.otherCountry");
        assertThat(problems(registry.register(withVat(company("Hotel Sol SL", Country.ES, null, "33201", null, 3), "ESA28015866"), "camara-gijon")))
                .hasSize(1).allMatch(problem -> problem.startsWith("vatNumber:"));
        Registration german = registry.register(withVat(company("Café Lisboa Lda", Country.PT, null, "1100-148", null, 3), "DE123456789"), "ciebi");
        assertThat(german).isInstanceOf(Registration.Registered.class);
    }

    private static NewOrganisation withVat(NewOrganisation o, String vat) {
        return new NewOrganisation(o.kind(), o.legalName(), o.tradeName(), o.country(), o.identifier(), o.address(), o.postcode(),
                o.city(), o.activityCode(), o.employees(), o.sizeBand(), o.creationYear(), o.womanLed(), o.website(), o.tags(), vat);
    }

    private static List<String> problems(Registration registration) {
        return ((Registration.Rejected) registration).problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void addsOtherModulesActivityToTheTimeline(Scenario scenario) {
        CompanyId id = ((Registration.Registered) registry.register(
                company("Hotel Mar Azul SL", Country.ES, null, "33201", "5510", 12), "camara-gijon")).id();
        scenario.publish(new CompanyActivityRecorded(id, "conference.attended", "camara-gijon", Instant.parse("2026-11-20T10:00:00Z"),
                        LocalizedText.of(Language.ES, "Asistió a la jornada de ciberseguridad"), "/conferences/1"))
                .andWaitForStateChange(() -> jdbc.sql("select count(*) from organisation_event where organisation_id = ?")
                        .param(id.value()).query(Long.class).single(), count -> count > 0)
                .andVerify(count -> assertThat(count).isEqualTo(1));
    }

    static NewOrganisation company(String name, Country country, String identifier, String postcode, String activity, Integer employees) {
        return new NewOrganisation(OrganisationKind.COMPANY, name, null, country, identifier, null, postcode, null, activity,
                employees, null, 2024, true, null, List.of("test"));
    }

    /** A valid SIREN no other test uses. */
    static String uniqueSiren() {
        return CompanyRegistryTestSupport.uniqueSiren();
    }
}
