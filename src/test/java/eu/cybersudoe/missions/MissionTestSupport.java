package eu.cybersudoe.missions;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.diagnostics.DiagnosticResults;
import eu.cybersudoe.diagnostics.RetakeInvitations;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Test doubles of the diagnostics' read and invitation interfaces (implemented elsewhere), and
 * helpers that register companies and staff for mission tests.
 */
public final class MissionTestSupport {

    private MissionTestSupport() {
    }

    /** Completed diagnostics for any company: one "Sécurité" assessment scoring 42. */
    public static final class FakeDiagnosticResults implements DiagnosticResults {
        @Override
        public List<Summary> completedBy(CompanyId company, Language language) {
            return List.of(summary());
        }

        @Override
        public Optional<Summary> completed(long assessmentId, Language language) {
            return Optional.of(summary());
        }

        private static Summary summary() {
            return new Summary(77, "security", "Sécurité du système d'information", Instant.parse("2026-01-10T10:00:00Z"), 42,
                    List.of(new DimensionScore("backup", "Sauvegardes", 30), new DimensionScore("access", "Accès", 55)));
        }
    }

    /** Keeps the invitations planned, for assertions. */
    public static final class RecordingRetakes implements RetakeInvitations {
        public record Planned(CompanyId company, String email, Language language, String questionnaire, Instant due, String reason) {
        }

        public final List<Planned> planned = new ArrayList<>();

        @Override
        public long schedule(CompanyId company, String email, Language language, String questionnaire, Instant due, String reason) {
            planned.add(new Planned(company, email, language, questionnaire, due, reason));
            return planned.size();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Doubles {
        @Bean
        @Primary
        FakeDiagnosticResults fakeDiagnosticResults() {
            return new FakeDiagnosticResults();
        }

        @Bean
        @Primary
        RecordingRetakes recordingRetakes() {
            return new RecordingRetakes();
        }
    }

    /** A company at a postcode (its region follows from it), with a unique name. */
    public static CompanyId company(CompanyRegistry registry, String name, Country country, String postcode, String partner) {
        Registration registration = registry.register(new NewOrganisation(OrganisationKind.COMPANY,
                name + " " + UUID.randomUUID().toString().substring(0, 8), null, country, null, null, postcode, null, null, 4,
                null, 2019, false, null, List.of(), null), partner);
        return ((Registration.Registered) registration).id();
    }

    /** A confirmed staff account of a partner; returns its id. */
    public static long staff(AccountService accounts, Role role, String partner, String name) {
        String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        return accounts.createConfirmed(email, name, "{noop}secret-password", role, partner, Language.FR).id();
    }
}
