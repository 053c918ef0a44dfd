package eu.cybersudoe.diagnostics;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.network.Country;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;

/** Companies and accounts for the diagnostics tests. */
public final class DiagnosticsTestData {

    private DiagnosticsTestData() {
    }

    /** A new company in Clermont-Ferrand (FRK1), brought by cybermassif. */
    public static CompanyId company(CompanyRegistry registry) {
        NewOrganisation organisation = new NewOrganisation(OrganisationKind.COMPANY, "Entreprise " + UUID.randomUUID(), null,
                Country.FR, null, null, "63000", null, null, 3, null, 2020, false, null, List.of("test"));
        return ((Registration.Registered) registry.register(organisation, "cybermassif")).id();
    }

    /** A new account, whose id the assessments can name. */
    public static long account(JdbcClient jdbc) {
        String email = UUID.randomUUID() + "@example.org";
        jdbc.sql("insert into account (email, display_name, password_hash, role, language, created_at) "
                + "values (?, 'Owner', '{noop}x', 'COMPANY_USER', 'fr', current_timestamp)").param(email).update();
        return jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
    }
}
