package eu.cybersudoe.toolbox;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.documents.DocumentReading;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.toolbox.internal.ReviewChecklist;
import eu.cybersudoe.toolbox.internal.ToolboxService;
import eu.cybersudoe.toolbox.training.Certificate;
import eu.cybersudoe.toolbox.training.CertificateDocument;
import eu.cybersudoe.toolbox.training.Progress;
import eu.cybersudoe.toolbox.training.RelaySession;
import eu.cybersudoe.toolbox.training.Trainee;
import eu.cybersudoe.toolbox.training.TrainingRefused;
import eu.cybersudoe.toolbox.training.TrainingService;
import eu.cybersudoe.toolbox.training.TrainingStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static eu.cybersudoe.toolbox.ToolboxTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The training of project managers: enrolment (self, by the partner's manager, never another partner's
 * staff; not twice, not when full, not once started), attendance recorded by the trainer only, the
 * assessments' pass and fail, the certificate only when every module is attended and passed (its PDF
 * read back), relay sessions by certified managers, and what the indicators count.
 */
@DatabaseTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class TrainingTest {

    @Autowired
    TrainingService training;
    @Autowired
    TrainingStore store;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ToolboxService toolbox;
    @Autowired
    ReviewChecklist checklist;
    @Autowired
    CertificateDocument certificates;
    @Autowired
    List<IndicatorSource> sources;

    TrainingFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new TrainingFixture(training, store, accounts, jdbc, toolbox, checklist);
    }

    @Test
    void staffEnrolThemselvesAndManagersEnrolTheirOwnPartnersStaffOnly() {
        Trainee advisor = fixture.person(Role.ADVISOR, FRENCH);
        Trainee colleague = fixture.person(Role.ADVISOR, FRENCH);
        Trainee manager = fixture.person(Role.PARTNER_MANAGER, FRENCH);
        Trainee otherManager = fixture.person(Role.PARTNER_MANAGER, SPANISH);
        training.enrol(advisor, fixture.sessionId, advisor.accountId(), FRENCH);
        assertThatThrownBy(() -> training.enrol(advisor, fixture.sessionId, colleague.accountId(), FRENCH))
                .isInstanceOf(TrainingRefused.class).hasMessage("training.refused.notYourStaff");
        assertThatThrownBy(() -> training.enrol(otherManager, fixture.sessionId, colleague.accountId(), FRENCH))
                .hasMessage("training.refused.notYourStaff");
        assertThatThrownBy(() -> training.enrol(otherManager, fixture.sessionId, colleague.accountId(), SPANISH))
                .as("a person is not another partner's staff because the form says so").hasMessage("training.refused.notYourStaff");
        training.enrol(manager, fixture.sessionId, colleague.accountId(), FRENCH);
        assertThatThrownBy(() -> training.enrol(manager, fixture.sessionId, colleague.accountId(), FRENCH))
                .hasMessage("training.refused.enrolledAlready");
        assertThat(store.enrolments(fixture.sessionId)).extracting(e -> e.accountId())
                .containsExactlyInAnyOrder(advisor.accountId(), colleague.accountId());
        assertThat(store.enrolments(fixture.sessionId)).allMatch(e -> e.partnerId().equals(FRENCH));
    }

    @Test
    void aFullOrStartedSessionTakesNoMoreEnrolments() {
        long small = fixture.session(List.of(fixture.first), 1);
        Trainee first = fixture.person(Role.ADVISOR, PORTUGUESE);
        Trainee second = fixture.person(Role.ADVISOR, PORTUGUESE);
        training.enrol(first, small, first.accountId(), PORTUGUESE);
        assertThatThrownBy(() -> training.enrol(second, small, second.accountId(), PORTUGUESE)).hasMessage("training.refused.full");
        fixture.start(fixture.sessionId);
        assertThatThrownBy(() -> training.enrol(second, fixture.sessionId, second.accountId(), PORTUGUESE))
                .hasMessage("training.refused.started");
    }

    @Test
    void onlyTheTrainerRecordsAttendanceOfEnrolledPeopleOnceTheSessionStarted() {
        Trainee person = fixture.person(Role.ADVISOR, SPANISH);
        Trainee stranger = fixture.person(Role.ADVISOR, SPANISH);
        training.enrol(person, fixture.sessionId, person.accountId(), SPANISH);
        assertThatThrownBy(() -> training.recordAttendance(fixture.trainer, fixture.sessionId, fixture.first, person.accountId(), true))
                .hasMessage("training.refused.notStarted");
        fixture.start(fixture.sessionId);
        assertThatThrownBy(() -> training.recordAttendance(person, fixture.sessionId, fixture.first, person.accountId(), true))
                .hasMessage("training.refused.notTrainer");
        assertThatThrownBy(() -> training.recordAttendance(fixture.trainer, fixture.sessionId, fixture.first, stranger.accountId(), true))
                .hasMessage("training.refused.notEnrolled");
        training.recordAttendance(fixture.trainer, fixture.sessionId, fixture.first, person.accountId(), true);
        assertThat(store.progress(fixture.programme(), person.accountId()).attended()).containsExactly(fixture.first);
        training.recordAttendance(fixture.trainer, fixture.sessionId, fixture.first, person.accountId(), false);
        assertThat(store.progress(fixture.programme(), person.accountId()).attended()).isEmpty();
    }

    @Test
    void anAssessmentPassesFromItsPassMarkAndNeedsEveryAnswer() {
        Trainee person = fixture.person(Role.ADVISOR, FRENCH);
        assertThatThrownBy(() -> training.takeAssessment(person, fixture.first, TrainingFixture.TOOLBOX_USE))
                .hasMessage("training.refused.notEnrolled");
        training.enrol(person, fixture.sessionId, person.accountId(), FRENCH);
        Map<String, String> oneWrong = new HashMap<>(TrainingFixture.TOOLBOX_USE);
        oneWrong.put("captions", "external");
        TrainingService.Attempt failed = training.takeAssessment(person, fixture.first, oneWrong);
        assertThat(failed.score()).isEqualTo(67);
        assertThat(failed.passed()).isFalse();
        assertThatThrownBy(() -> training.takeAssessment(person, fixture.first, Map.of("publication", "other-partner")))
                .hasMessage("training.refused.unanswered");
        assertThatThrownBy(() -> training.takeAssessment(person, fixture.first, Map.of("publication", "x", "outdated", "never",
                "captions", "captions"))).hasMessage("training.refused.unanswered");
        TrainingService.Attempt passed = training.takeAssessment(person, fixture.first, TrainingFixture.TOOLBOX_USE);
        assertThat(passed.score()).isEqualTo(100);
        assertThat(passed.passed()).isTrue();
        assertThat(store.progress(fixture.programme(), person.accountId()).passed()).containsExactly(fixture.first);
    }

    @Test
    void theCertificateComesOnlyWhenEveryModuleIsAttendedAndPassed() throws Exception {
        Trainee person = fixture.person(Role.PARTNER_MANAGER, PORTUGUESE);
        training.enrol(person, fixture.sessionId, person.accountId(), PORTUGUESE);
        fixture.start(fixture.sessionId);
        training.recordAttendance(fixture.trainer, fixture.sessionId, fixture.first, person.accountId(), true);
        training.recordAttendance(fixture.trainer, fixture.sessionId, fixture.second, person.accountId(), true);
        training.takeAssessment(person, fixture.first, TrainingFixture.TOOLBOX_USE);
        Progress almost = store.progress(fixture.programme(), person.accountId());
        assertThat(almost.complete()).isFalse();
        assertThat(almost.certificate()).isEmpty();
        assertThatThrownBy(almost::checkCertifiable).hasMessage("training.refused.incomplete");
        training.takeAssessment(person, fixture.second, Map.of("audience", "slides", "examples", "big-attacks", "follow-up", "nothing"));
        assertThat(store.progress(fixture.programme(), person.accountId()).certificate()).as("a failed assessment").isEmpty();
        training.takeAssessment(person, fixture.second, TrainingFixture.AWARENESS);
        Certificate certificate = store.progress(fixture.programme(), person.accountId()).certificate().orElseThrow();
        assertThat(certificate.partnerId()).isEqualTo(PORTUGUESE);
        assertThat(certificate.personName()).isEqualTo(person.name());

        byte[] pdf = certificates.pdf(certificate, Language.PT);
        DocumentReading reading = DocumentReading.pdf(pdf);
        assertThat(reading.tagged()).isTrue();
        assertThat(reading.language()).startsWith("pt");
        String text = pdftotext(pdf);
        assertThat(text).contains("Certificado de formação").contains(person.name()).contains("Utiliser la boîte à outils")
                .contains("Animer une séance").contains("100 / 100").contains("FEDER");
    }

    @Test
    void onlyCertifiedManagersRecordRelaysAndTheIndicatorsCountThem() {
        IndicatorSource counting = sources.stream().filter(s -> s.indicators().contains("relays-trained")).findFirst().orElseThrow();
        Optional<PartnerId> partner = Optional.of(new PartnerId(SPANISH));
        LocalDate today = LocalDate.now();
        BigDecimal managersBefore = counting.measure("project-managers-trained", today, partner).orElseThrow();
        BigDecimal relaysBefore = counting.measure("relays-trained", today, partner).orElseThrow();
        BigDecimal networkBefore = counting.measure("project-managers-trained", today, Optional.empty()).orElseThrow();
        Optional<PartnerId> french = Optional.of(new PartnerId(FRENCH));
        BigDecimal frenchBefore = counting.measure("project-managers-trained", today, french).orElseThrow();

        Trainee notYet = fixture.person(Role.PARTNER_MANAGER, SPANISH);
        List<RelaySession.Typed> structures = List.of(new RelaySession.Typed("Cámara de Comercio de Burgos", Country.ES, ""));
        assertThatThrownBy(() -> training.recordRelays(notYet, today, "Burgos", 12, List.of(), structures))
                .hasMessage("training.refused.notCertified");
        Trainee manager = fixture.certified(SPANISH);
        assertThatThrownBy(() -> training.recordRelays(manager, today.plusDays(1), "Burgos", 12, List.of(), structures))
                .hasMessage("training.refused.future");
        assertThatThrownBy(() -> training.recordRelays(manager, today, "Burgos", 1, List.of("Ana", "Luis"), structures))
                .hasMessage("training.refused.people");
        assertThatThrownBy(() -> training.recordRelays(manager, today, "Burgos", 3, List.of(), List.of()))
                .hasMessage("training.refused.structures");
        training.recordRelays(manager, today, "Burgos", 12, List.of("Ana Pérez", "Luis Gómez"), structures);

        assertThat(store.relaySessions(SPANISH)).first().satisfies(s -> {
            assertThat(s.people()).isEqualTo(12);
            assertThat(s.names()).containsExactly("Ana Pérez", "Luis Gómez");
            assertThat(s.structures()).extracting(RelaySession.Structure::name).containsExactly("Cámara de Comercio de Burgos");
        });
        assertThat(counting.measure("relays-trained", today, partner).orElseThrow()).isEqualByComparingTo(relaysBefore.add(BigDecimal.valueOf(12)));
        assertThat(counting.measure("relays-trained", today.minusDays(1), partner).orElseThrow()).isEqualByComparingTo(relaysBefore);
        assertThat(counting.measure("project-managers-trained", today, partner).orElseThrow())
                .isEqualByComparingTo(managersBefore.add(BigDecimal.ONE));
        assertThat(counting.measure("project-managers-trained", today, Optional.empty()).orElseThrow())
                .isEqualByComparingTo(networkBefore.add(BigDecimal.ONE));
        assertThat(counting.measure("project-managers-trained", today, french).orElseThrow())
                .as("counted for the partner that employs them only").isEqualByComparingTo(frenchBefore);
        assertThat(counting.measure("project-managers-trained", today.minusDays(1), partner).orElseThrow())
                .as("not before the day of the last attendance").isEqualByComparingTo(managersBefore);
    }

    @Test
    void onlyNetworkAdminsSetTheProgrammeUpAndBadSettingsAreRefused() {
        Trainee manager = fixture.person(Role.PARTNER_MANAGER, FRENCH);
        assertThatThrownBy(() -> training.addModule(manager, fixture.programmeId, fixture.programme().title(), "toolbox-use", 70,
                List.of(1L))).hasMessage("training.refused.adminOnly");
        assertThatThrownBy(() -> training.addModule(fixture.admin, fixture.programmeId, fixture.programme().title(), "nothing", 70,
                List.of(1L))).hasMessage("training.refused.assessment");
        assertThatThrownBy(() -> training.addModule(fixture.admin, fixture.programmeId, fixture.programme().title(), "toolbox-use", 0,
                fixture.programme().modules().getFirst().items())).hasMessage("training.refused.passMark");
        assertThatThrownBy(() -> training.addModule(fixture.admin, fixture.programmeId, fixture.programme().title(), "toolbox-use", 70,
                List.of(-5L))).hasMessage("training.refused.items");
        var starts = java.time.Instant.now();
        assertThatThrownBy(() -> training.addSession(fixture.admin, fixture.programmeId, List.of(fixture.first), starts, starts,
                java.time.ZoneId.of("Europe/Paris"), fixture.trainer.accountId(), "Lieu", null, 10))
                .hasMessage("training.refused.endsBeforeStart");
        assertThatThrownBy(() -> training.addSession(fixture.admin, fixture.programmeId, List.of(fixture.first), starts,
                starts.plusSeconds(3600), java.time.ZoneId.of("Europe/Paris"), fixture.trainer.accountId(), " ", "javascript:alert(1)", 10))
                .hasMessage("training.refused.link");
    }

    /** The PDF's text as Poppler's pdftotext reads it, its ligatures (ﬁ) taken apart. */
    static String pdftotext(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("certificate", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).isZero();
            return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", " ");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
