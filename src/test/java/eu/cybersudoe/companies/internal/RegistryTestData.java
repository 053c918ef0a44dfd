package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.CompanyRegistryTestSupport;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.network.Country;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Organisations and contacts for search and segment tests, unique to each test (PostgreSQL data is shared). */
final class RegistryTestData {

    private final CompanyRegistry registry;
    private final JdbcClient jdbc;
    /** A tag and a word only this test's organisations carry. */
    final String marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    RegistryTestData(CompanyRegistry registry, JdbcClient jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    CompanyId register(String partner, OrganisationKind kind, String name, Country country, String identifier,
                       String postcode, String activity, Integer employees, boolean womanLed) {
        Registration registration = registry.register(new NewOrganisation(kind, name, null, country, identifier, null,
                postcode, null, activity, employees, null, 2024, womanLed, null, List.of(marker)), partner);
        if (registration instanceof Registration.Registered registered) {
            return registered.id();
        }
        throw new AssertionError(registration.toString());
    }

    CompanyId company(String partner, String name) {
        return register(partner, OrganisationKind.COMPANY, name + " " + marker, Country.FR, null, null, null, null, false);
    }

    long contact(CompanyId company, String email, boolean newsletter, boolean invitations, boolean erased) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into contact (organisation_id, first_name, email, email_key, language, newsletter_consent,"
                        + " invitation_consent, erased_at, created_at, updated_at, version) values (?, ?, ?, ?, 'pt', ?, ?, ?, ?, ?, 0)")
                .params(company.value(), "Ana", email, email == null ? null : email.toLowerCase(), newsletter, invitations,
                        erased ? now : null, now, now)
                .update();
        return jdbc.sql("select max(id) from contact where organisation_id = ?").param(company.value()).query(Long.class).single();
    }

    String email(String local) {
        return local + "." + marker + "@example.org";
    }

    /** A valid SIREN no other test uses. */
    static String uniqueSiren() {
        return CompanyRegistryTestSupport.uniqueSiren();
    }
}
