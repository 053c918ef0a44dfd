package eu.cybersudoe.diagnostics;

import eu.cybersudoe.companies.CompanyActivityRecorded;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.CompanyUsers;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.diagnostics.internal.Assessment.CompanyContext;
import eu.cybersudoe.diagnostics.internal.DiagnosticsService;
import eu.cybersudoe.diagnostics.internal.DiagnosticsService.Opened;
import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Assessments kept in the database: private links, answers, completion, the company's timeline, indicators. */
@DatabaseTest
@RecordApplicationEvents
class DiagnosticsPersistenceTest {

    @Autowired
    DiagnosticsService diagnostics;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    CompanyUsers companyUsers;
    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @Test
    void anAnonymousAssessmentIsResumedWithItsPrivateLinkWhichIsStoredOnlyAsAHash() {
        var started = diagnostics.start("security", Language.PT, null);
        Opened opened = started.opened();
        diagnostics.saveContext(opened, new CompanyContext("micro", "commerce", "PT16"));
        var access = opened.questionnaire().dimension("access").orElseThrow();
        assertThat(diagnostics.saveAnswers(opened, access, Map.of("mfa", "partly", "passwords", "manager"))).isEmpty();

        Opened resumed = diagnostics.byToken(started.token()).orElseThrow();
        assertThat(resumed.assessment().id()).isEqualTo(opened.assessment().id());
        assertThat(resumed.assessment().answers().values()).containsEntry("mfa", "partly").containsEntry("passwords", "manager");
        assertThat(resumed.assessment().context()).isEqualTo(new CompanyContext("micro", "commerce", "PT16"));
        assertThat(resumed.assessment().language()).isEqualTo(Language.PT);

        assertThat(jdbc.sql("select count(*) from assessment where token_hash = ?").param(started.token())
                .query(Long.class).single()).isZero();
        assertThat(diagnostics.byToken(started.token().substring(1) + "A")).isEmpty();
        assertThat(diagnostics.byToken("../../etc")).isEmpty();
    }

    @Test
    void answersAreCheckedAndNothingIsSavedWhenOneIsWrong() {
        Opened opened = diagnostics.start("digital-maturity", Language.FR, null).opened();
        var readiness = opened.questionnaire().dimension("readiness").orElseThrow();
        Map<String, String> errors = diagnostics.saveAnswers(opened, readiness,
                Map.of("readiness-website", "showcase", "readiness-equipped", "150", "readiness-software", "maybe"));
        assertThat(errors).containsEntry("readiness-equipped", "questionnaire.answer.outOfRange")
                .containsEntry("readiness-software", "questionnaire.answer.unknown").doesNotContainKey("readiness-website");
        assertThat(reload(opened).assessment().answers().values()).isEmpty();

        assertThat(diagnostics.saveAnswers(opened, readiness, Map.of("readiness-equipped", "62,5"))).isEmpty();
        assertThat(reload(opened).assessment().answers().get("readiness-equipped")).isEqualTo("62.5");
    }

    @Test
    void aCompanyUsersAssessmentIsLinkedToTheCompanyItsCompletionGoesOnTheTimelineAndCountsForThePartnerOfTheRegion() {
        long account = account();
        CompanyId company = company("63000");
        companyUsers.linkCreator(account, Role.COMPANY_USER, company);
        SignedInUser user = new SignedInUser(account, "owner@example.org", "Owner", Role.COMPANY_USER, null, Language.FR, true, "x");
        long before = completed(Optional.of(new PartnerId("cybermassif")));

        Opened opened = diagnostics.start("security", Language.FR, user).opened();
        assertThat(opened.assessment().company()).isEqualTo(company);
        assertThat(opened.assessment().context().region()).isEqualTo("FRK1");
        var organisation = opened.questionnaire().dimension("organisation").orElseThrow();
        diagnostics.saveAnswers(opened, organisation, Map.of("security-owner", "yes", "awareness", "yearly"));
        Opened done = diagnostics.complete(reload(opened));

        assertThat(done.assessment().completed()).isTrue();
        assertThat(done.assessment().partnerId()).isEqualTo("cybermassif");
        assertThat(done.assessment().overallScore()).isEqualTo(88);
        assertThat(done.assessment().band()).isEqualTo("robust");
        assertThat(events.stream(CompanyActivityRecorded.class))
                .anySatisfy(e -> {
                    assertThat(e.company()).isEqualTo(company);
                    assertThat(e.kind()).isEqualTo("diagnostic.completed");
                    assertThat(e.summary().in(Language.PT).text()).contains("Segurança do seu sistema de informação").contains("88/100");
                });
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from organisation_event where organisation_id = ? and kind = 'diagnostic.completed'")
                .param(company.value()).query(Long.class).single() == 1);
        assertThat(completed(Optional.of(new PartnerId("cybermassif")))).isEqualTo(before + 1);
        assertThat(diagnostics.ofAccount(account)).extracting(a -> a.id()).containsExactly(opened.assessment().id());

        // Completed means final: no more changes, and completing again changes nothing.
        assertThatThrownBy(() -> diagnostics.saveAnswers(done, organisation, Map.of("inventory", "yes")))
                .isInstanceOf(DiagnosticsService.AssessmentCompleted.class);
        assertThat(diagnostics.complete(done).assessment().completedAt()).isEqualTo(done.assessment().completedAt());
    }

    @Test
    void askingForAnExpertPublishesTheRequestWithTheCompanysRegionAndPartner() {
        Opened opened = diagnostics.start("digital-maturity", Language.ES, null).opened();
        diagnostics.saveContext(opened, new CompanyContext(null, null, "ES41"));
        Opened done = diagnostics.complete(reload(opened));
        diagnostics.requestAssistance(done, "owner@example.es", "  Necesito ayuda con la factura electrónica.  ");
        assertThat(events.stream(AssistanceRequested.class)).singleElement().satisfies(request -> {
            assertThat(request.assessmentId()).isEqualTo(done.assessment().id());
            assertThat(request.region()).isEqualTo("ES41");
            assertThat(request.partnerId()).isEqualTo(done.assessment().partnerId()).isNotBlank();
            assertThat(request.company()).isNull();
            assertThat(request.message()).isEqualTo("Necesito ayuda con la factura electrónica.");
        });
    }

    @Test
    void aSignedInPersonResumesTheirOwnAssessmentWithANewLinkAndTheOldOneStopsWorking() {
        long account = account();
        SignedInUser user = new SignedInUser(account, "someone@example.org", "Someone", Role.COMPANY_USER, null, Language.EN, true, "x");
        var started = diagnostics.start("digital-maturity", Language.EN, user);
        String renewed = diagnostics.renewLink(started.opened().assessment().id(), account);
        assertThat(diagnostics.byToken(renewed)).isPresent();
        assertThat(diagnostics.byToken(started.token())).isEmpty();
        assertThatThrownBy(() -> diagnostics.renewLink(started.opened().assessment().id(), account()))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void theToolsIndicatorCountsTheQuestionnairesForTheNetworkOnly() {
        IndicatorSource source = sources.stream().filter(s -> s.indicators().contains("diagnostic-tools")).findFirst().orElseThrow();
        assertThat(source.measure("diagnostic-tools", LocalDate.now(), Optional.empty())).contains(BigDecimal.valueOf(11));
        assertThat(source.measure("diagnostic-tools", LocalDate.now(), Optional.of(new PartnerId("cybermassif")))).isEmpty();
    }

    private long completed(Optional<PartnerId> partner) {
        IndicatorSource source = sources.stream().filter(s -> s.indicators().contains("assessments-completed")).findFirst().orElseThrow();
        return source.measure("assessments-completed", LocalDate.now().plusDays(1), partner).orElseThrow().longValue();
    }

    private Opened reload(Opened opened) {
        return diagnostics.byId(opened.assessment().id()).orElseThrow();
    }

    long account() {
        String email = UUID.randomUUID() + "@example.org";
        jdbc.sql("insert into account (email, display_name, password_hash, role, language, created_at) "
                + "values (?, 'Owner', '{noop}x', 'COMPANY_USER', 'fr', current_timestamp)").param(email).update();
        return jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
    }

    CompanyId company(String postcode) {
        NewOrganisation organisation = new NewOrganisation(OrganisationKind.COMPANY, "Entreprise " + UUID.randomUUID(), null,
                Country.FR, null, null, postcode, null, null, 3, null, 2020, false, null, List.of("test"));
        return ((Registration.Registered) registry.register(organisation, "cybermassif")).id();
    }
}
