package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.monitoring.Closer;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.documents.DocumentReading;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A semester's progress report through the pages (H2, then PostgreSQL): a partner writes its part
 * (errors on the right field, what was typed kept), another partner neither reads its draft nor
 * writes it, the lead partner assembles the report and records the approval, and a programme
 * officer and an evaluator read the pages and download the report as tagged PDF, DOCX and XLSX, in
 * the language they choose, but are refused every write.
 */
@DatabaseTest
@AutoConfigureMockMvc
@Transactional
class ProgressReportPagesTest {

    static final int SEMESTER = 3;
    static final String DEVIATIONS = "La sessão de Covilhã passou para abril: a sala fechou.";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    Monitoring monitoring;
    @Autowired
    JdbcClient jdbc;

    SignedInUser admin;
    SignedInUser ciebi;
    SignedInUser burgos;
    SignedInUser officer;
    SignedInUser evaluator;

    @BeforeEach
    void people() {
        jdbc.sql("delete from monitoring_report_section").update();
        jdbc.sql("delete from monitoring_report").update();
        jdbc.sql("delete from monitoring_report_progress").update();
        jdbc.sql("delete from monitoring_report_part").update();
        admin = person("report.admin@example.org", "Ana Admin", Role.NETWORK_ADMIN, "cybermassif");
        ciebi = person("report.ciebi@example.org", "Inês Ciebi", Role.PARTNER_MANAGER, "ciebi");
        burgos = person("report.burgos@example.org", "Bruno Burgos", Role.PARTNER_MANAGER, "ceei-burgos");
        officer = person("report.officer@example.org", "Paul Officer", Role.PROGRAMME_OFFICER, null);
        evaluator = person("report.evaluator@example.org", "Eva Evaluator", Role.EVALUATOR, null);
    }

    @Test
    void aPartnerWritesItsPartTheLeadPartnerAssemblesAndReadersDownloadIt() throws Exception {
        // an incomplete submission: the errors on their fields, what was typed kept
        MvcResult refused = mvc.perform(post("/en/office/reports/3/parts/ciebi").with(user(ciebi)).with(csrf())
                        .param("progress-GT2", "Six sessions in Beira Interior.").param("deviations", DEVIATIONS)
                        .param("problems", " ").param("nextSteps", "Four sessions.").param("submit", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errors", Map.of("problems", "monitoring.report.refused.missing")))
                .andReturn();
        mvc.perform(get("/en/office/reports/3/parts/ciebi").with(user(ciebi)).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write this part before submitting.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("Six sessions in Beira Interior.")));

        // a draft, which another partner neither reads nor writes
        mvc.perform(post("/en/office/reports/3/parts/ciebi").with(user(ciebi)).with(csrf())
                        .param("progress-GT2", "Six sessions in Beira Interior.").param("deviations", DEVIATIONS).param("submit", "false"))
                .andExpect(flash().attribute("notice", "monitoring.report.part.saved"));
        mvc.perform(get("/en/office/reports/3/parts/ciebi").with(user(burgos)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Six sessions"))));
        mvc.perform(get("/en/office/reports/3/parts/ciebi/pdf").with(user(burgos))).andExpect(status().isNotFound());
        mvc.perform(post("/en/office/reports/3/parts/ciebi").with(user(burgos)).with(csrf())
                        .param("deviations", "Tampered").param("submit", "false"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/en/office/reports/3/parts/ciebi").with(user(ciebi)).with(csrf())
                        .param("progress-GT2", "Six sessions in Beira Interior.").param("deviations", DEVIATIONS)
                        .param("problems", "Few companies: a partnership with the chamber.").param("nextSteps", "Four sessions.")
                        .param("submit", "true"))
                .andExpect(flash().attribute("notice", "monitoring.report.part.submitted"));
        mvc.perform(get("/en/office/reports?semester=3").with(user(burgos)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Submitted")));

        // programme officers and evaluators are refused every write
        for (SignedInUser reader : new SignedInUser[] {officer, evaluator}) {
            mvc.perform(post("/en/office/reports/3/assembly").with(user(reader)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/en/office/reports/3/approval").with(user(reader)).with(csrf())
                    .param("approvedOn", "2026-01-10").param("decisionReference", "X")).andExpect(status().isForbidden());
            mvc.perform(post("/en/office/reports/3/parts/ciebi").with(user(reader)).with(csrf())
                    .param("deviations", "x")).andExpect(status().isForbidden());
        }

        // the lead partner assembles once the edition is closed, and records the approval
        mvc.perform(post("/en/office/reports/3/assembly").with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("refused", "monitoring.report.refused.editionOpen"));
        if (monitoring.editions(SEMESTER).isEmpty()) {
            monitoring.close(SEMESTER, new Closer(admin.accountId(), "Ana Admin", Role.NETWORK_ADMIN,
                    Optional.of(new PartnerId("cybermassif"))), null);
        }
        mvc.perform(post("/en/office/reports/3/assembly").with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("notice", "monitoring.report.assembled"));
        mvc.perform(post("/en/office/reports/3/approval").with(user(admin)).with(csrf())
                        .param("approvedOn", "not a day").param("decisionReference", "CPS-2009-07"))
                .andExpect(flash().attribute("approvalErrors", Map.of("approvedOn", "monitoring.report.refused.dateInvalid")));
        mvc.perform(post("/en/office/reports/3/approval").with(user(admin)).with(csrf())
                        .param("approvedOn", LocalDate.now().toString()).param("decisionReference", "CPS-2009-07"))
                .andExpect(flash().attribute("notice", "monitoring.report.approved"));
        mvc.perform(post("/en/office/reports/3/parts/ciebi").with(user(ciebi)).with(csrf())
                        .param("deviations", "After the approval").param("submit", "false"))
                .andExpect(flash().attribute("refused", "monitoring.report.refused.approved"));
        mvc.perform(get("/pt/office/reports?semester=3").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aprovado pelo comité de pilotagem estratégica")))
                .andExpect(content().string(containsString("CPS-2009-07")))
                .andExpect(content().string(not(containsString("Registar a aprovação"))));

        // the downloads, in the language chosen
        byte[] pdf = mvc.perform(get("/en/office/reports/3/pdf").param("language", "fr").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("rapport-avancement-semestre-3.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        DocumentReading reading = DocumentReading.pdf(pdf);
        assertThat(reading.tagged()).isTrue();
        assertThat(reading.language()).startsWith("fr");
        assertThat(reading.text()).contains("Rapport d'avancement, semestre 3", "CIEBI", DEVIATIONS,
                "Approuvé par le comité de pilotage stratégique", "CPS-2009-07", "Indicateurs de l'édition du semestre",
                "Aucune partie soumise pour ce semestre.");
        assertThat(reading.tags()).contains("H1", "H2", "Table");

        byte[] docx = mvc.perform(get("/en/office/reports/3/docx").param("language", "es").with(user(evaluator)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("informe-progreso-semestre-3.docx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument word = DocumentReading.docx(docx)) {
            assertThat(word.getParagraphs()).filteredOn(p -> "Heading2".equals(p.getStyle())).extracting(XWPFParagraph::getText)
                    .contains("CIEBI – Centro de Inovação Empresarial da Beira Interior", "Toda la red");
            assertThat(word.getParagraphs()).filteredOn(p -> "Heading3".equals(p.getStyle())).extracting(XWPFParagraph::getText)
                    .contains("Desviaciones y sus motivos", "Indicadores de la edición del semestre");
        }

        byte[] xlsx = mvc.perform(get("/en/office/reports/3/xlsx").param("language", "pt").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet progress = workbook.getSheet("Progresso por grupo de tarefas");
            assertThat(progress.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Grupo de tarefas");
            assertThat(progress.getRow(1).getCell(0).getStringCellValue()).isEqualTo("CIEBI");
            assertThat(progress.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Six sessions in Beira Interior.");
            Sheet indicators = workbook.getSheet("Indicadores da edição do semest");
            assertThat(indicators.getRow(1).getCell(0).getStringCellValue()).isNotBlank();
            assertThat(indicators.getLastRowNum()).isGreaterThan(10);
        }

        byte[] part = mvc.perform(get("/en/office/reports/3/parts/ciebi/pdf").param("language", "pt").with(user(evaluator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(DocumentReading.pdf(part).text()).contains("parte do relatório de progresso, semestre 3", DEVIATIONS,
                "Desvios e as suas razões");
        mvc.perform(get("/en/office/reports/3/parts/ceei-burgos/docx").with(user(officer))).andExpect(status().isNotFound());
    }

    @Test
    void theEditionDownloadsAsATaggedPdfLinkedFromTheDashboard() throws Exception {
        if (monitoring.editions(SEMESTER).isEmpty()) {
            monitoring.close(SEMESTER, new Closer(admin.accountId(), "Ana Admin", Role.NETWORK_ADMIN, Optional.empty()), null);
        }
        int revision = monitoring.editions(SEMESTER).getLast().revision();
        mvc.perform(get("/fr/office/indicators?semester=3").with(user(officer)))
                .andExpect(content().string(containsString("/fr/office/indicators/editions/3/pdf?revision=" + revision)));
        byte[] pdf = mvc.perform(get("/fr/office/indicators/editions/3/pdf").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("indicateurs-semestre-3-revision-" + revision + ".pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        DocumentReading reading = DocumentReading.pdf(pdf);
        assertThat(reading.tagged()).isTrue();
        assertThat(reading.text()).contains("Indicateurs, semestre 3 (édition, révision " + revision + ")", "Valeurs au 31 décembre 2009",
                "Indicateurs de réalisation", "CIEBI – Centro de Inovação Empresarial da Beira Interior");
    }

    private SignedInUser person(String email, String name, Role role, String partner) {
        accounts.createConfirmed(email, name, "{noop}report-password", role, partner, Language.EN);
        return (SignedInUser) users.loadUserByUsername(email);
    }
}
