package eu.cybersudoe.monitoring;

import eu.cybersudoe.monitoring.ProgressReports.Part;
import eu.cybersudoe.monitoring.ProgressReports.PartInput;
import eu.cybersudoe.monitoring.ProgressReports.Report;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.PostgresAvailable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The progress reports: partners write their own part (draft, then submitted with every text), the
 * lead partner assembles the report with what the {@link ReportSection} beans write, kept with the
 * report, and the steering committee's approval locks it (H2, then PostgreSQL). The clock reads
 * 15 March 2009: semester 1 has ended.
 */
@ApplicationModuleTest
@Import({MonitoringTestConfiguration.class, ProgressReportsTest.Sections.class})
@Tag("database")
@ExtendWith(PostgresAvailable.class)
@Transactional
class ProgressReportsTest {

    static final Closer ADMIN = new Closer(7, "Ana Admin", Role.NETWORK_ADMIN, Optional.of(TestNetwork.CYBERMASSIF));
    static final Closer LEAD_MANAGER = new Closer(8, "Léa Lead", Role.PARTNER_MANAGER, Optional.of(TestNetwork.CYBERMASSIF));
    static final Closer CIEBI_MANAGER = new Closer(9, "Inês Ciebi", Role.PARTNER_MANAGER, Optional.of(TestNetwork.CIEBI));
    static final Closer CIEBI_ADVISOR = new Closer(11, "Rui Ciebi", Role.ADVISOR, Optional.of(TestNetwork.CIEBI));
    static final Closer OFFICER = new Closer(10, "Paul Officer", Role.PROGRAMME_OFFICER, Optional.empty());
    static final Closer EVALUATOR = new Closer(12, "Eva Evaluator", Role.EVALUATOR, Optional.empty());

    static final PartInput COMPLETE = new PartInput(Map.of("GT1", "Two steering meetings held.", "GT2", "Six conferences."),
            "One conference moved to April: the venue closed.", "Few companies in Bragança: a partnership with the chamber.",
            "Four conferences and ten missions.");

    @Autowired
    ProgressReports reports;
    @Autowired
    Monitoring monitoring;
    @Autowired
    Sections sections;
    @Autowired
    JdbcClient jdbc;

    /** Reports other tests committed in a shared database are set aside for this test's transaction. */
    @BeforeEach
    void noReportYet() {
        jdbc.sql("delete from monitoring_report_section").update();
        jdbc.sql("delete from monitoring_report").update();
        jdbc.sql("delete from monitoring_report_progress").update();
        jdbc.sql("delete from monitoring_report_part").update();
        jdbc.sql("delete from monitoring_edition_value").update();
        jdbc.sql("delete from monitoring_edition").update();
        sections.budget = "12 expense lines";
    }

    @Test
    void aPartnersStaffSaveADraftThenSubmitTheirPart() {
        Part draft = reports.save(1, TestNetwork.CIEBI, new PartInput(Map.of("GT2", "Started."), "", "", ""), false, CIEBI_ADVISOR);

        assertThat(draft.status()).isEqualTo(ProgressReports.Status.DRAFT);
        assertThat(draft.progress()).containsExactly(Map.entry("GT2", "Started."));
        assertThat(draft.updatedByName()).isEqualTo("Rui Ciebi");
        assertThat(draft.submittedAt()).isNull();

        Part submitted = reports.save(1, TestNetwork.CIEBI, COMPLETE, true, CIEBI_MANAGER);

        assertThat(submitted.id()).isEqualTo(draft.id());
        assertThat(submitted.submitted()).isTrue();
        assertThat(submitted.progress()).containsOnlyKeys("GT1", "GT2");
        assertThat(submitted.deviations()).isEqualTo("One conference moved to April: the venue closed.");
        assertThat(submitted.submittedAt()).isNotNull();
        assertThat(reports.parts(1)).extracting(Part::partner).containsExactly(TestNetwork.CIEBI);
    }

    @Test
    void submittingAnIncompletePartIsRefusedFieldByFieldAndNothingIsKept() {
        assertThatThrownBy(() -> reports.save(1, TestNetwork.CIEBI, new PartInput(Map.of("GT1", " "), "Late.", " ", "x".repeat(8001)),
                true, CIEBI_MANAGER))
                .isInstanceOfSatisfying(ReportRefused.class, refused -> assertThat(refused.errors()).containsOnly(
                        Map.entry("problems", "monitoring.report.refused.missing"),
                        Map.entry("nextSteps", "monitoring.report.refused.tooLong"),
                        Map.entry("progress-GT1", "monitoring.report.refused.noProgress")));
        assertThatThrownBy(() -> reports.save(1, TestNetwork.CIEBI, new PartInput(Map.of("GT9", "Unknown"), "", "", ""), false,
                CIEBI_MANAGER))
                .isInstanceOfSatisfying(ReportRefused.class, refused -> assertThat(refused.errors())
                        .containsOnly(Map.entry("progress-GT9", "monitoring.report.refused.workPackage")));
        assertThat(reports.part(1, TestNetwork.CIEBI)).isEmpty();
    }

    @Test
    void onlyThePartnersOwnStaffWriteItsPart() {
        for (Closer other : List.of(LEAD_MANAGER, ADMIN, OFFICER, EVALUATOR)) {
            assertThatThrownBy(() -> reports.save(1, TestNetwork.CIEBI, COMPLETE, true, other))
                    .as(other.name()).isInstanceOf(ReportRefused.class).extracting(thrown -> ((ReportRefused) thrown).messageKey())
                    .isEqualTo("monitoring.report.refused.notYourPart");
        }
        assertThat(reports.mayWrite(TestNetwork.CIEBI, CIEBI_ADVISOR)).isTrue();
        assertThat(reports.mayWrite(TestNetwork.CYBERMASSIF, CIEBI_MANAGER)).isFalse();
        assertThat(reports.part(1, TestNetwork.CIEBI)).isEmpty();
    }

    @Test
    void theReportIsAssembledOnceTheEditionIsClosedByTheLeadPartnerOnly() {
        assertThatThrownBy(() -> reports.assemble(1, ADMIN)).isInstanceOf(ReportRefused.class)
                .extracting(thrown -> ((ReportRefused) thrown).messageKey()).isEqualTo("monitoring.report.refused.editionOpen");
        monitoring.close(1, ADMIN, null);
        for (Closer refused : List.of(CIEBI_MANAGER, OFFICER, EVALUATOR)) {
            assertThatThrownBy(() -> reports.assemble(1, refused)).as(refused.name()).isInstanceOf(ReportRefused.class)
                    .extracting(thrown -> ((ReportRefused) thrown).messageKey()).isEqualTo("monitoring.report.refused.notAllowed");
        }

        Report report = reports.assemble(1, LEAD_MANAGER);

        assertThat(report.semester()).isEqualTo(1);
        assertThat(report.assembledByName()).isEqualTo("Léa Lead");
        assertThat(report.approved()).isFalse();
    }

    @Test
    void theReportKeepsWhatTheSectionsWroteInTheirOrderPerScopeAndLanguage() {
        monitoring.close(1, ADMIN, null);
        reports.assemble(1, ADMIN);
        sections.budget = "changed after the assembly";

        List<ReportSection.Content> network = reports.sections(1, Optional.empty(), Language.EN);
        assertThat(network).extracting(ReportSection.Content::title)
                .containsExactly("Indicators of the semester's edition", "Budget", "Committee meetings");
        assertThat(network.get(1).summary()).isEqualTo("12 expense lines for the network in en");
        assertThat(network.get(1).rows()).containsExactly(List.of("GT1", "1"));

        List<ReportSection.Content> ciebi = reports.sections(1, Optional.of(TestNetwork.CIEBI), Language.PT);
        assertThat(ciebi).extracting(ReportSection.Content::title)
                .containsExactly("Indicadores da edição do semestre", "Budget", "Committee meetings");
        assertThat(ciebi.get(1).summary()).isEqualTo("12 expense lines for ciebi in pt");
        assertThat(ciebi.getFirst().rows()).anySatisfy(row -> assertThat(row.get(0)).isNotBlank());
        assertThat(sections.asked).contains("1 for ciebi in fr", "1 for the network in es", "1 for cybermassif in pt");
    }

    @Test
    void beforeTheAssemblyTheSectionsAreWrittenAsTheyStandNow() {
        assertThat(reports.sections(1, Optional.empty(), Language.FR)).extracting(ReportSection.Content::title)
                .containsExactly("Budget", "Committee meetings");
        sections.budget = "3 expense lines";
        assertThat(reports.sections(1, Optional.empty(), Language.FR).getFirst().summary()).startsWith("3 expense lines");
    }

    @Test
    void theApprovalIsRecordedWithItsDayReferenceAndRecorderAndLocksTheReportAndItsParts() {
        reports.save(1, TestNetwork.CIEBI, COMPLETE, true, CIEBI_MANAGER);
        monitoring.close(1, ADMIN, null);
        assertThatThrownBy(() -> reports.approve(1, LocalDate.of(2009, 3, 10), "CPS-2009-01", ADMIN))
                .isInstanceOf(ReportRefused.class).extracting(thrown -> ((ReportRefused) thrown).messageKey()).isEqualTo("monitoring.report.refused.notAssembled");
        reports.assemble(1, ADMIN);
        assertThatThrownBy(() -> reports.approve(1, LocalDate.of(2009, 3, 16), " ", LEAD_MANAGER))
                .isInstanceOfSatisfying(ReportRefused.class, refused -> assertThat(refused.errors()).containsOnly(
                        Map.entry("approvedOn", "monitoring.report.refused.dateFuture"),
                        Map.entry("decisionReference", "monitoring.report.refused.referenceMissing")));
        assertThatThrownBy(() -> reports.approve(1, LocalDate.of(2009, 3, 15), "CPS-2009-01", OFFICER))
                .isInstanceOf(ReportRefused.class).extracting(thrown -> ((ReportRefused) thrown).messageKey()).isEqualTo("monitoring.report.refused.notAllowed");

        Report approved = reports.approve(1, LocalDate.of(2009, 3, 15), " CPS-2009-01 ", LEAD_MANAGER);

        assertThat(approved.approved()).isTrue();
        assertThat(approved.approvedOn()).isEqualTo(LocalDate.of(2009, 3, 15));
        assertThat(approved.decisionReference()).isEqualTo("CPS-2009-01");
        assertThat(approved.approvedByName()).isEqualTo("Léa Lead");
        assertThat(approved.approvalRecordedAt()).isNotNull();
        for (Runnable change : List.<Runnable>of(
                () -> reports.save(1, TestNetwork.CIEBI, COMPLETE, false, CIEBI_MANAGER),
                () -> reports.save(1, TestNetwork.CYBERMASSIF, COMPLETE, true, LEAD_MANAGER),
                () -> reports.assemble(1, ADMIN),
                () -> reports.approve(1, LocalDate.of(2009, 3, 15), "CPS-2009-02", ADMIN))) {
            assertThatThrownBy(change::run).isInstanceOf(ReportRefused.class).extracting(thrown -> ((ReportRefused) thrown).messageKey())
                    .isEqualTo("monitoring.report.refused.approved");
        }
        assertThat(reports.part(1, TestNetwork.CIEBI).orElseThrow().submitted()).isTrue();
        assertThat(reports.part(1, TestNetwork.CYBERMASSIF)).isEmpty();
        assertThat(reports.report(1).orElseThrow().decisionReference()).isEqualTo("CPS-2009-01");
        // the next semester's parts are still open
        assertThat(reports.save(2, TestNetwork.CIEBI, COMPLETE, false, CIEBI_MANAGER).semester()).isEqualTo(2);
    }

    /** Two report sections as a module would write them, and a third that fails and is left out. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Sections {

        volatile String budget;
        final List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Bean
        ReportSection budgetSection() {
            Sections state = this;
            return new ReportSection() {
                @Override
                public int order() {
                    return 40;
                }

                @Override
                public Optional<Content> write(Semester semester, Optional<PartnerId> partner, Language language) {
                    String scope = partner.map(PartnerId::value).orElse("the network");
                    state.asked.add(semester.number() + " for " + scope + " in " + language.code());
                    return Optional.of(new Content("Budget", state.budget + " for " + scope + " in " + language.code(),
                            List.of("Work package", "Lines"), List.of(List.of("GT1", "1"))));
                }
            };
        }

        @Bean
        ReportSection meetingsSection() {
            return new ReportSection() {
                @Override
                public int order() {
                    return 50;
                }

                @Override
                public Optional<Content> write(Semester semester, Optional<PartnerId> partner, Language language) {
                    return Optional.of(new Content("Committee meetings", "", List.of(), List.of()));
                }
            };
        }

        @Bean
        ReportSection failingSection() {
            return new ReportSection() {
                @Override
                public int order() {
                    return 45;
                }

                @Override
                public Optional<Content> write(Semester semester, Optional<PartnerId> partner, Language language) {
                    throw new IllegalStateException("This section's module is down");
                }
            };
        }
    }
}
