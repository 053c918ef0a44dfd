package eu.cybersudoe.diagnostics;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.diagnostics.internal.RetakeInvitationStore;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.testing.PostgresAvailable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagnostics module started with only the modules it depends on: what other modules use of
 * it — a company's completed results, and retake invitations planned for later.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Tag("database")
@ExtendWith(PostgresAvailable.class)
class DiagnosticsModuleTest {

    @Autowired
    DiagnosticResults results;
    @Autowired
    RetakeInvitations invitations;
    @Autowired
    RetakeInvitationStore store;
    @Autowired
    CompanyRegistry registry;

    @Test
    void aCompanysResultsAndPlannedInvitationsAreOffered() {
        CompanyId company = DiagnosticsTestData.company(registry);

        assertThat(results.completedBy(company, Language.FR)).isEmpty();
        long id = invitations.schedule(company, "module@example.org", Language.FR, "security",
                Instant.now().plus(90, ChronoUnit.DAYS), "module test");
        assertThat(store.pending(company)).singleElement().satisfies(invitation -> {
            assertThat(invitation.id()).isEqualTo(id);
            assertThat(invitation.questionnaire()).isEqualTo("security");
        });
    }
}
