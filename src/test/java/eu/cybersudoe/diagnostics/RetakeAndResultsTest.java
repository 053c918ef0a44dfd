package eu.cybersudoe.diagnostics;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.diagnostics.internal.DiagnosticsService;
import eu.cybersudoe.diagnostics.internal.DiagnosticsService.Opened;
import eu.cybersudoe.diagnostics.internal.RetakeInvitationStore;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Outbox;
import eu.cybersudoe.shared.mail.OutboxEntry;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.TestClock;
import eu.cybersudoe.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The module's API for others: completed results of a company, and retake invitations sent once when due. */
@DatabaseTest
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = "cybersudoe.scheduling.enabled=false")
class RetakeAndResultsTest {

    @Autowired
    DiagnosticResults results;
    @Autowired
    RetakeInvitations invitations;
    @Autowired
    RetakeInvitationStore store;
    @Autowired
    DiagnosticsService diagnostics;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    Outbox outbox;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    Instant start;

    @BeforeEach
    void remember() {
        start = clock.instant();
    }

    @AfterEach
    void restoreClock() {
        clock.set(start);
    }

    @Test
    void aCompanysCompletedAssessmentsAreReadWithTheirScoresAndTitlesInTheAskedLanguage() {
        CompanyId company = DiagnosticsTestData.company(registry);
        long staff = DiagnosticsTestData.account(jdbc);
        Opened first = diagnostics.startFor(company, "security", Language.FR, staff, "cybermassif").opened();
        diagnostics.saveAnswers(first, first.questionnaire().dimension("organisation").orElseThrow(),
                Map.of("security-owner", "yes", "awareness", "never"));
        long firstId = diagnostics.complete(diagnostics.byId(first.assessment().id()).orElseThrow()).assessment().id();
        clock.set(start.plus(Duration.ofDays(30)));
        Opened second = diagnostics.startFor(company, "security", Language.FR, staff, "cybermassif").opened();
        diagnostics.saveAnswers(second, second.questionnaire().dimension("organisation").orElseThrow(),
                Map.of("security-owner", "yes", "awareness", "exercises"));
        long secondId = diagnostics.complete(diagnostics.byId(second.assessment().id()).orElseThrow()).assessment().id();
        diagnostics.startFor(company, "digital-maturity", Language.FR, staff, "cybermassif");

        List<DiagnosticResults.Summary> found = results.completedBy(company, Language.ES);
        assertThat(found).extracting(DiagnosticResults.Summary::assessmentId).containsExactly(secondId, firstId);
        DiagnosticResults.Summary latest = found.getFirst();
        assertThat(latest.questionnaireTitle()).isEqualTo("Seguridad de su sistema de información");
        assertThat(latest.overallScore()).isEqualTo(100);
        assertThat(latest.dimensions()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("organisation");
            assertThat(d.title()).isEqualTo("Organización y sensibilización");
            assertThat(d.score()).isEqualTo(100);
        });
        assertThat(results.completed(firstId, Language.EN)).get().extracting(DiagnosticResults.Summary::overallScore)
                .isEqualTo(50);
        assertThat(results.completed(-1, Language.EN)).isEmpty();
    }

    @Test
    void anInvitationIsSentOnceWhenItFallsDueInItsLanguage() {
        CompanyId company = DiagnosticsTestData.company(registry);
        String email = "retake-" + UUID.randomUUID() + "@example.org";
        long id = invitations.schedule(company, email, Language.PT, "security", start.plus(Duration.ofDays(90)), "mission:42");
        assertThat(id).isPositive();
        assertThat(store.pending(company)).extracting(RetakeInvitationStore.Invitation::reason).containsExactly("mission:42");

        store.sendDue();
        assertThat(mailsTo(email)).isEmpty();

        clock.set(start.plus(Duration.ofDays(90)));
        assertThat(store.sendDue()).isPositive();
        assertThat(store.sendDue()).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> !mailsTo(email).isEmpty());
        assertThat(mailsTo(email)).singleElement().satisfies(mail ->
                assertThat(mail.subject()).contains("Segurança do seu sistema de informação"));
        assertThat(store.pending(company)).isEmpty();
    }

    @Test
    void anInvitationNeedsAKnownQuestionnaireAndAnAddress() {
        CompanyId company = DiagnosticsTestData.company(registry);
        assertThatThrownBy(() -> invitations.schedule(company, "a@example.org", Language.FR, "nothing", start, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> invitations.schedule(company, " ", Language.FR, "security", start, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<OutboxEntry> mailsTo(String email) {
        return outbox.list(1, Outbox.MAX_PAGE_SIZE).entries().stream().filter(e -> e.to().contains(email)).toList();
    }
}
