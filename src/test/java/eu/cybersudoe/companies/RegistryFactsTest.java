package eu.cybersudoe.companies;

import eu.cybersudoe.network.Country;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What other modules read of the registry through its API instead of its tables: profiles, names, provenance. */
@DatabaseTest
class RegistryFactsTest {

    @Autowired
    CompanyRegistry registry;
    @Autowired
    CompanyProfiles profiles;
    @Autowired
    PartnerCompanies partners;
    @Autowired
    JdbcClient jdbc;

    final String tag = UUID.randomUUID().toString().substring(0, 8);

    private CompanyId register(OrganisationKind kind, String name, int employees, String partner) {
        Registration registration = registry.register(new NewOrganisation(kind, name + " " + tag, null, Country.FR,
                CompanyRegistryTestSupport.uniqueSiren(), null, "15000", "Aurillac", null, employees, null, 2015, false, null,
                List.of(), null), partner);
        return ((Registration.Registered) registration).id();
    }

    @Test
    void profilesNamesAndPriorityTargetsAreTheRegistrysOwn() {
        CompanyId micro = register(OrganisationKind.COMPANY, "Facts Micro", 4, "cybermassif");
        CompanyId large = register(OrganisationKind.COMPANY, "Facts Large", 400, "cybermassif");
        CompanyId provider = register(OrganisationKind.SOLUTION_PROVIDER, "Facts Provider", 30, "cybermassif");

        assertThat(profiles.profile(micro)).hasValueSatisfying(p -> {
            assertThat(p.legalName()).isEqualTo("Facts Micro " + tag);
            assertThat(p.kind()).isEqualTo(OrganisationKind.COMPANY);
            assertThat(p.city()).isEqualTo("Aurillac");
            assertThat(p.employees()).isEqualTo(4);
            assertThat(p.micro()).isTrue();
            assertThat(p.priorityTarget()).isTrue();
        });
        assertThat(profiles.profile(new CompanyId(-1))).isEmpty();
        assertThat(profiles.priorityTargets(List.of(micro, large, new CompanyId(-1)))).containsExactly(micro);
        assertThat(profiles.names(List.of(micro, provider, new CompanyId(-1))))
                .isEqualTo(Map.of(micro, "Facts Micro " + tag, provider, "Facts Provider " + tag));
        assertThat(profiles.names(List.of())).isEmpty();
        assertThat(profiles.companiesNamed("FACTS MICRO " + tag, "cybermassif", 10))
                .containsExactly(new CompanyProfiles.Named(micro, "Facts Micro " + tag, "Aurillac"));
        assertThat(profiles.companiesNamed("Facts Micro " + tag, "ciebi", 10)).as("another partner's company").isEmpty();
        assertThat(profiles.companiesNamed("Facts Provider " + tag, null, 10)).as("companies only").isEmpty();
        assertThat(profiles.ofKinds(Set.of(OrganisationKind.SOLUTION_PROVIDER), 100_000)).extracting(CompanyProfiles.Named::id)
                .contains(provider).doesNotContain(micro, large);
    }

    @Test
    void provenanceTellsWhichPartnerBroughtOrServedWhichOrganisation() {
        CompanyId brought = register(OrganisationKind.COMPANY, "Facts Brought", 20, "cybermassif");
        CompanyId elsewhere = register(OrganisationKind.COMPANY, "Facts Elsewhere", 20, "ciebi");
        jdbc.sql("insert into organisation_partner (organisation_id, partner_id, relation, since) values (?, 'cybermassif', 'SERVED', ?)")
                .params(elsewhere.value(), Timestamp.from(Instant.now())).update();

        assertThat(partners.knownBy("cybermassif")).contains(brought.value(), elsewhere.value()).isSorted();
        assertThat(partners.broughtBy("cybermassif")).contains(brought.value()).doesNotContain(elsewhere.value()).isSorted();
        assertThat(partners.broughtBy("ciebi")).contains(elsewhere.value()).doesNotContain(brought.value());
        List<String> pairs = new ArrayList<>();
        partners.forEachBrought((company, partner) -> {
            if (company.equals(brought) || company.equals(elsewhere)) {
                pairs.add(company.value() + ":" + partner);
            }
        });
        assertThat(pairs).containsExactlyInAnyOrder(brought.value() + ":cybermassif", elsewhere.value() + ":ciebi");
    }
}
