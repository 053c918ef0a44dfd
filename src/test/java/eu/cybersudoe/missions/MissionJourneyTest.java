package eu.cybersudoe.missions;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.companies.CompanyActivityRecorded;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.diagnostics.AssistanceRequested;
import eu.cybersudoe.missions.internal.Actor;
import eu.cybersudoe.missions.internal.AssistanceDeskListener;
import eu.cybersudoe.missions.internal.DeliveryMode;
import eu.cybersudoe.missions.internal.FollowUpAnswers;
import eu.cybersudoe.missions.internal.MissionFollowUps;
import eu.cybersudoe.missions.internal.Mission;
import eu.cybersudoe.missions.internal.MissionChange;
import eu.cybersudoe.missions.internal.MissionIndicators;
import eu.cybersudoe.missions.internal.MissionOrigin;
import eu.cybersudoe.missions.internal.MissionRefused;
import eu.cybersudoe.missions.internal.MissionService;
import eu.cybersudoe.missions.internal.MissionState;
import eu.cybersudoe.missions.internal.MissionStore;
import eu.cybersudoe.missions.internal.ReportDraft;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Outbox;
import eu.cybersudoe.shared.mail.OutboxEntry;
import eu.cybersudoe.shared.mail.OutboxMessage;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.TestClock;
import eu.cybersudoe.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A mission's life against the database: routing, the workflow with its history, e-mails,
 * events, the durable follow-up with the test clock, and the counts.
 */
@DatabaseTest
@AutoConfigureMockMvc
@Import({TestClockConfiguration.class, MissionTestSupport.Doubles.class})
@TestPropertySource(properties = "cybersudoe.missions.scheduler=false")
@RecordApplicationEvents
class MissionJourneyTest {

    @Autowired
    MissionService missions;
    @Autowired
    MissionStore store;
    @Autowired
    MissionFollowUps followUps;
    @Autowired
    AssistanceDeskListener desk;
    @Autowired
    MissionIndicators indicators;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    AccountService accounts;
    @Autowired
    Network network;
    @Autowired
    Outbox outbox;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEvents events;
    @Autowired
    MissionTestSupport.RecordingRetakes retakes;

    Instant start;
    final Actor manager = new Actor(null, "Claire Responsable");

    @BeforeEach
    void remember() {
        start = clock.instant();
    }

    @AfterEach
    void restoreClock() {
        clock.set(start);
    }

    private Mission request(CompanyId company, String email) {
        return missions.request(company, new Mission.Request(MissionOrigin.STAFF, null, null, null, email, Language.FR,
                "Choisir un logiciel de gestion", List.of("business-management"), null), manager);
    }

    @Test
    void aRequestGoesToThePartnerCoveringTheCompanysRegion() {
        CompanyId bordeaux = MissionTestSupport.company(registry, "Bordeaux Vins", Country.FR, "33000", "cybermassif");
        CompanyId montpellier = MissionTestSupport.company(registry, "Montpellier Tech", Country.FR, "34000", "cybermassif");
        CompanyId toulouse = MissionTestSupport.company(registry, "Toulouse Aéro", Country.FR, "31000", "cybermassif");
        CompanyId burgos = MissionTestSupport.company(registry, "Burgos Quesos", Country.ES, "09001", "cybermassif");

        assertThat(request(bordeaux, null).partnerId()).isEqualTo("echangeur-bordeaux");
        assertThat(request(montpellier, null).partnerId()).as("FRJ1 is covered by two partners; Transferts LR is primary")
                .isEqualTo(network.partnerFor("FRJ1").value()).isEqualTo("transferts-lr");
        assertThat(request(toulouse, null).partnerId()).as("FRJ2 is covered by nobody: the lead partner answers")
                .isEqualTo(network.leadPartner().id().value());
        assertThat(request(burgos, null).partnerId()).isEqualTo("ceei-burgos");
    }

    @Test
    void anExpertAskedAfterADiagnosticBecomesARequestEvenWithoutAKnownCompany() {
        CompanyId company = MissionTestSupport.company(registry, "Aveiro Têxtil", Country.PT, "3800-100", "ciebi");
        desk.record(new AssistanceRequested(company, "PT11", "ciebi", 12, "security", clock.instant(), "dono@exemplo.pt", "Ajuda"));
        Mission known = store.ofCompany(company).getFirst();
        assertThat(known.request().origin()).isEqualTo(MissionOrigin.DIAGNOSTIC);
        assertThat(known.request().assessmentId()).isEqualTo(12L);
        assertThat(known.request().language()).isEqualTo(Language.PT);
        assertThat(known.partnerId()).isEqualTo(missionsRouting(company));

        String anonymous = "anon-" + UUID.randomUUID() + "@example.org";
        desk.record(new AssistanceRequested(null, null, "camara-gijon", 13, "security", clock.instant(), anonymous, ""));
        Mission unknown = findByEmail(anonymous);
        assertThat(unknown.company()).isNull();
        assertThat(unknown.partnerId()).isEqualTo("camara-gijon");
        assertThat(unknown.request().language()).isEqualTo(Language.ES);
        assertThatThrownBy(() -> missions.accept(unknown.id(), manager)).isInstanceOf(MissionRefused.class)
                .hasMessage("missions.refused.noCompany");
        missions.attachCompany(unknown.id(), manager, company);
        assertThat(missions.accept(unknown.id(), manager).state()).isEqualTo(MissionState.ACCEPTED);
    }

    private String missionsRouting(CompanyId company) {
        return registry.find(company).map(CompanyRegistry.OrganisationSummary::nuts2).map(network::partnerFor)
                .map(PartnerId::value).orElse(network.leadPartner().id().value());
    }

    private Mission findByEmail(String email) {
        return store.find(idOfLastMissionTo(email)).orElseThrow();
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long idOfLastMissionTo(String email) {
        return jdbc.sql("select max(id) from mission where contact_email = ?").param(email).query(Long.class).single();
    }

    @Test
    void aDeclinedRequestTellsTheCompanyWhy() {
        CompanyId company = MissionTestSupport.company(registry, "Clermont Bois", Country.FR, "63000", "cybermassif");
        String email = "refus-" + UUID.randomUUID() + "@example.org";
        Mission mission = request(company, email);
        missions.decline(mission.id(), manager, "Votre besoin relève d'un expert-comptable.");
        OutboxMessage mail = mailTo(email, "Votre demande de mission");
        assertThat(mail.text()).contains("Votre besoin relève d'un expert-comptable.");
        assertThat(store.history(mission.id())).extracting(MissionChange::action).containsExactly("REQUESTED", "DECLINED");
    }

    @Test
    void aMissionGoesFromRequestToFollowUpAndEveryStepIsKept() {
        CompanyId company = MissionTestSupport.company(registry, "Aurillac Fromages", Country.FR, "15000", "cybermassif");
        long advisor = MissionTestSupport.staff(accounts, Role.ADVISOR, "cybermassif", "Paul Conseiller");
        long otherPartnersAdvisor = MissionTestSupport.staff(accounts, Role.ADVISOR, "ciebi", "Rui Consultor");
        String email = "journey-" + UUID.randomUUID() + "@example.org";
        Mission mission = request(company, email);
        long id = mission.id();
        assertThat(mission.partnerId()).isEqualTo("cybermassif");

        missions.accept(id, manager);
        assertThatThrownBy(() -> missions.schedule(id, manager, schedule(), otherPartnersAdvisor))
                .hasMessage("missions.refused.advisor");
        missions.schedule(id, manager, schedule(), advisor);
        missions.hold(id, manager, LocalDate.of(2026, 12, 3), new BigDecimal("1.5"));
        ReportDraft draft = new ReportDraft();
        draft.getNeeds().put("security", "Sauvegardes non testées");
        draft.setRecommendations("Mettre en place une sauvegarde externalisée");
        missions.saveReport(id, manager, draft);
        missions.submitReport(id, manager);
        missions.validateReport(id, manager);
        Mission delivered = missions.deliver(id, manager);

        assertThat(delivered.state()).isEqualTo(MissionState.DELIVERED);
        assertThat(delivered.report().company().name()).startsWith("Aurillac Fromages");
        assertThat(delivered.themes()).containsExactly("business-management", "security");
        assertThat(store.history(id)).extracting(MissionChange::action).containsExactly("REQUESTED", "ACCEPTED", "SCHEDULED",
                "HELD", "REPORT_SAVED", "REPORT_DRAFTED", "REPORT_VALIDATED", "DELIVERED");
        assertThat(store.history(id)).allSatisfy(change -> assertThat(change.actor()).isNotBlank());
        assertThat(events.stream(MissionCompleted.class).filter(e -> e.missionId() == id))
                .singleElement().satisfies(e -> {
                    assertThat(e.days()).isEqualByComparingTo("1.5");
                    assertThat(e.partnerId()).isEqualTo("cybermassif");
                });
        assertThat(events.stream(CompanyActivityRecorded.class).filter(e -> e.company().equals(company)))
                .anySatisfy(e -> assertThat(e.kind()).isEqualTo("mission.delivered"));
        assertThat(mailTo(email, "Votre rapport d'intervention").text()).contains("/fr/my-company/missions/" + id);

        Instant due = followUps.dueAt(id).orElseThrow();
        assertThat(due.atZone(ZoneOffset.UTC).toLocalDate()).isEqualTo(clock.instant().atZone(ZoneOffset.UTC).toLocalDate().plusMonths(6));
        clock.advance(Duration.ofDays(150));
        assertThat(followUps.runDue()).as("not due yet").isZero();
        clock.set(due.plusSeconds(60));
        assertThat(followUps.runDue()).isGreaterThanOrEqualTo(1);
        assertThat(followUps.runDue()).as("sent once").isZero();
        assertThat(followUps.dueAt(id)).isEmpty();
        OutboxMessage followUp = mailTo(email, "Qu'est devenue votre mission");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(retakes.planned).anySatisfy(p -> {
            assertThat(p.reason()).isEqualTo("mission:" + id);
            assertThat(p.email()).isEqualTo(email);
        }));
        Matcher link = Pattern.compile("/fr/missions/follow-up/([A-Za-z0-9_-]+)").matcher(followUp.text());
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        assertThat(followUps.answer(token, new FollowUpAnswers("MAYBE", "", "", false), missions)).isFalse();
        assertThat(followUps.answer(token, new FollowUpAnswers("PARTLY", "Sauvegarde en ligne", "Budget", true), missions)).isTrue();
        assertThat(store.find(id).orElseThrow().state()).isEqualTo(MissionState.FOLLOWED_UP);
        assertThat(followUps.answers(id)).contains(new FollowUpAnswers("PARTLY", "Sauvegarde en ligne", "Budget", true));
        assertThat(followUps.byToken(token)).as("a link answers once").isEmpty();
    }

    @Test
    void handingOverKeepsTheReasonAndMovesTheRequest() {
        CompanyId company = MissionTestSupport.company(registry, "Limoges Porcelaine", Country.FR, "87000", "cybermassif");
        Mission mission = request(company, null);
        assertThatThrownBy(() -> missions.handOver(mission.id(), manager, "nobody", "x")).hasMessage("missions.refused.unknownPartner");
        Mission handed = missions.handOver(mission.id(), manager, "transferts-lr", "Spécialiste de l'agroalimentaire");
        assertThat(handed.partnerId()).isEqualTo("transferts-lr");
        assertThat(store.history(mission.id()).getLast().detail()).contains("Spécialiste de l'agroalimentaire");
    }

    @Test
    void missionsAreCountedForThePartnerThatRanThem() {
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        Optional<PartnerId> ciebi = Optional.of(new PartnerId("ciebi"));
        BigDecimal heldBefore = value("missions-held", today, ciebi);
        BigDecimal deliveredBefore = value("assistance-missions", today, ciebi);
        BigDecimal daysBefore = value("consultant-days", today, ciebi);
        BigDecimal companiesBefore = value("companies-accompanied", today, ciebi);
        BigDecimal networkCompaniesBefore = value("companies-accompanied", today, Optional.empty());

        CompanyId company = MissionTestSupport.company(registry, "Coimbra Calçado", Country.PT, "3000-001", "ciebi");
        long advisor = MissionTestSupport.staff(accounts, Role.ADVISOR, "ciebi", "Ana Consultora");
        deliveredMission(company, advisor, new BigDecimal("1"));
        deliveredMission(company, advisor, new BigDecimal("0.5"));
        Mission held = request(company, null);
        missions.accept(held.id(), manager);
        missions.schedule(held.id(), manager, schedule(), advisor);
        missions.hold(held.id(), manager, today, BigDecimal.ONE);

        assertThat(value("missions-held", today, ciebi)).isEqualByComparingTo(heldBefore.add(BigDecimal.valueOf(3)));
        assertThat(value("assistance-missions", today, ciebi)).isEqualByComparingTo(deliveredBefore.add(BigDecimal.TWO));
        assertThat(value("consultant-days", today, ciebi)).isEqualByComparingTo(daysBefore.add(new BigDecimal("1.5")));
        assertThat(value("companies-accompanied", today, ciebi)).as("one company, twice").isEqualByComparingTo(companiesBefore.add(BigDecimal.ONE));
        assertThat(value("companies-accompanied", today, Optional.empty())).isEqualByComparingTo(networkCompaniesBefore.add(BigDecimal.ONE));
        assertThat(value("assistance-missions", today.minusDays(1), ciebi)).as("nothing delivered before today")
                .isEqualByComparingTo(value("assistance-missions", today.minusDays(1), ciebi));
        assertThat(indicators.measure("missions-priority-targets", today, ciebi)).hasValueSatisfying(share ->
                assertThat(share).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
    }

    private BigDecimal value(String indicator, LocalDate until, Optional<PartnerId> partner) {
        return indicators.measure(indicator, until, partner).orElse(BigDecimal.ZERO);
    }

    private void deliveredMission(CompanyId company, long advisor, BigDecimal days) {
        long id = request(company, null).id();
        missions.accept(id, manager);
        missions.schedule(id, manager, schedule(), advisor);
        missions.hold(id, manager, clock.instant().atZone(ZoneOffset.UTC).toLocalDate(), days);
        ReportDraft draft = new ReportDraft();
        draft.getNeeds().put("business-management", "Devis");
        draft.setRecommendations("ERP");
        missions.saveReport(id, manager, draft);
        missions.submitReport(id, manager);
        missions.validateReport(id, manager);
        missions.deliver(id, manager);
    }

    private Mission.Schedule schedule() {
        return new Mission.Schedule(LocalDate.of(2026, 12, 3), DeliveryMode.ON_SITE, BigDecimal.ONE);
    }

    /** The mail to the address whose subject starts so, waited for: mails go after the move's commit, on another thread. */
    private OutboxMessage mailTo(String email, String subjectStart) {
        OutboxEntry entry = await().atMost(Duration.ofSeconds(10)).until(() -> outbox.list(1, Outbox.MAX_PAGE_SIZE).entries().stream()
                .filter(e -> e.to().contains(email) && e.subject().startsWith(subjectStart)).findFirst(), Optional::isPresent).orElseThrow();
        return outbox.find(entry.id()).orElseThrow();
    }
}
