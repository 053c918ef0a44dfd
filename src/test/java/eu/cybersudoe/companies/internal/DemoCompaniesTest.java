package eu.cybersudoe.companies.internal;

import org.springframework.boot.test.context.SpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In demo mode an empty registry is filled once at start-up, over the nine partners. Demo mode
 * runs on the embedded database, and it needs an empty registry, so this test runs on H2 only
 * (each H2 test context has its own database).
 */
@SpringBootTest
@TestPropertySource(properties = "cybersudoe.demo=true")
class DemoCompaniesTest {

    @Autowired
    DemoCompanies demo;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fillsTheRegistryOnceOverTheNinePartners() {
        long demoOrganisations = jdbc.sql("select count(*) from organisation where tags like '%,demo,%'").query(Long.class).single();
        assertThat(demoOrganisations).isEqualTo(3000);
        List<Map<String, Object>> byPartner = jdbc.sql("""
                select p.partner_id, count(*) as n from organisation_partner p join organisation o on o.id = p.organisation_id
                where o.tags like '%,demo,%' group by p.partner_id""").query().listOfRows();
        assertThat(byPartner).hasSize(9).allSatisfy(row -> assertThat(((Number) row.get("n")).longValue()).isGreaterThan(150));
        long contacts = jdbc.sql("select count(*) from contact c join organisation o on o.id = c.organisation_id where o.tags like '%,demo,%'")
                .query(Long.class).single();
        assertThat(contacts).isBetween(3000L, 6000L);
        assertThat(jdbc.sql("select count(*) from consent_event where source = 'demo'").query(Long.class).single())
                .isEqualTo(2 * contacts);
        assertThat(jdbc.sql("select count(*) from organisation where tags like '%,demo,%' and kind <> 'COMPANY'")
                .query(Long.class).single()).isBetween(100L, 300L);
        assertThat(jdbc.sql("select count(*) from organisation_event where kind = ?").param(RegistryIndicators.INFORMED)
                .query(Long.class).single()).isPositive();

        DemoCompanies.Loaded again = demo.create();
        assertThat(again.organisations()).isZero();
        assertThat(jdbc.sql("select count(*) from organisation where tags like '%,demo,%'").query(Long.class).single()).isEqualTo(3000);
    }
}
