package eu.cybersudoe.missions.web;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.CompanyUsers;
import eu.cybersudoe.missions.MissionTestSupport;
import eu.cybersudoe.missions.internal.Actor;
import eu.cybersudoe.missions.internal.DeliveryMode;
import eu.cybersudoe.missions.internal.Mission;
import eu.cybersudoe.missions.internal.MissionOrigin;
import eu.cybersudoe.missions.internal.MissionService;
import eu.cybersudoe.missions.internal.MissionState;
import eu.cybersudoe.missions.internal.MissionStore;
import eu.cybersudoe.missions.internal.ReportDraft;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.documents.DocumentReading;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.TestClockConfiguration;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages over HTTP: the report written with autosave and with the plain form, the PDF and
 * DOCX read back, and who may read what (another partner's advisor, another company).
 */
@DatabaseTest
@AutoConfigureMockMvc
@Import({TestClockConfiguration.class, MissionTestSupport.Doubles.class})
@TestPropertySource(properties = "cybersudoe.missions.scheduler=false")
class MissionPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MissionService missions;
    @Autowired
    MissionStore store;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    CompanyUsers companyUsers;
    @Autowired
    AccountService accounts;

    final Actor manager = new Actor(null, "Claire Responsable");

    private SignedInUser staff(Role role, String partner) {
        long id = MissionTestSupport.staff(accounts, role, partner, "Staff " + role);
        return new SignedInUser(id, "staff" + id + "@example.org", "Staff " + id, role, partner, Language.FR, true, "{noop}x");
    }

    private SignedInUser companyUser(CompanyId company) {
        String email = "owner-" + UUID.randomUUID() + "@example.org";
        long id = accounts.createConfirmed(email, "Owner", "{noop}secret-password", Role.COMPANY_USER, null, Language.FR).id();
        companyUsers.linkCreator(id, Role.COMPANY_USER, company);
        return new SignedInUser(id, email, "Owner", Role.COMPANY_USER, null, Language.FR, true, "{noop}x");
    }

    /** A mission of Cybermassif held and ready for its report. */
    private Mission held(CompanyId company, long advisor) {
        long id = missions.request(company, new Mission.Request(MissionOrigin.STAFF, null, null, null, null, Language.FR,
                "Sécuriser le poste de travail", List.of("security"), null), manager).id();
        missions.accept(id, manager);
        missions.schedule(id, manager, new Mission.Schedule(LocalDate.of(2026, 12, 1), DeliveryMode.REMOTE, BigDecimal.ONE), advisor);
        return missions.hold(id, manager, LocalDate.of(2026, 12, 1), BigDecimal.ONE);
    }

    @Test
    void anAdvisorWritesTheReportWithAutosaveAndWithThePlainForm() throws Exception {
        CompanyId company = MissionTestSupport.company(registry, "Menuiserie Vidal", Country.FR, "63000", "cybermassif");
        SignedInUser advisor = staff(Role.ADVISOR, "cybermassif");
        Mission mission = held(company, advisor.accountId());
        String base = "/fr/office/missions/" + mission.id() + "/report";

        MvcResult autosaved = mvc.perform(post(base + "/autosave").with(csrf()).with(user(advisor))
                        .param("context", "Atelier de douze personnes")
                        .param("needs[security]", "Aucune sauvegarde hors site")
                        .param("solutions[0].title", "Sauvegarde en ligne")
                        .param("solutions[0].cost", "30 € par mois"))
                .andExpect(status().isOk()).andReturn();
        assertThat(autosaved.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .as("the status gives the time of the save in Paris time, and the progress comes back out of band")
                .containsPattern("Enregistré à \\d{2}:\\d{2}\\.")
                .contains("id=\"report-progress\" class=\"report-progress\" hx-swap-oob=\"true\"")
                .contains("Sections remplies : 3 sur 6");
        Mission saved = store.find(mission.id()).orElseThrow();
        assertThat(saved.report().context()).isEqualTo("Atelier de douze personnes");
        assertThat(saved.report().needs()).containsEntry("security", "Aucune sauvegarde hors site");
        assertThat(saved.report().solutions()).singleElement().satisfies(s -> assertThat(s.cost()).isEqualTo("30 € par mois"));
        assertThat(saved.report().company().name()).startsWith("Menuiserie Vidal");

        mvc.perform(post(base).with(csrf()).with(user(advisor))
                        .param("context", "Atelier de douze personnes")
                        .param("needs[security]", "Aucune sauvegarde hors site")
                        .param("recommendations", "Externaliser les sauvegardes")
                        .param("actions[0].priority", "HIGH").param("actions[0].action", "Souscrire une offre").param("actions[0].when", "Janvier"))
                .andExpect(status().is3xxRedirection());
        Mission plain = store.find(mission.id()).orElseThrow();
        assertThat(plain.report().recommendations()).isEqualTo("Externaliser les sauvegardes");
        assertThat(plain.report().actions()).singleElement().satisfies(a -> assertThat(a.priority()).isEqualTo("HIGH"));
        assertThat(plain.report().solutions()).as("the plain form sent no solution").isEmpty();

        String page = mvc.perform(get(base).with(user(advisor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("hx-post=\"/fr/office/missions/" + mission.id() + "/report/autosave\"")
                .contains("Externaliser les sauvegardes").contains("Sécurité du système d'information");
        assertThat(page).as("a table of contents links each section, says which are written, and counts them")
                .contains("<h2 id=\"report-toc-title\">Sommaire</h2>")
                .contains("<a href=\"#report-recommendations\">Recommandations</a>")
                .contains("<h2 id=\"report-recommendations\">Recommandations</h2>")
                .contains("<a href=\"#report-specifications\">Projet de cahier des charges</a>\n                    <span class=\"muted\">· à remplir</span>")
                .contains("Sections remplies : 4 sur 6")
                .contains("role=\"status\" aria-live=\"polite\"").doesNotContain("hx-swap-oob");

        missions.cancel(mission.id(), manager, "L'entreprise a fermé");
        String refused = mvc.perform(post(base + "/autosave").with(csrf()).with(user(advisor))
                        .param("context", "Encore une ligne"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused.strip()).startsWith("<span class=\"field-error\">Non enregistré : Ce n").doesNotContain("report-progress");
    }

    @Test
    void theReportAndTheSpecificationsAreReadBackFromThePdfAndTheDocx() throws Exception {
        CompanyId company = MissionTestSupport.company(registry, "Fromagerie Roux", Country.FR, "63000", "cybermassif");
        SignedInUser advisor = staff(Role.ADVISOR, "cybermassif");
        Mission mission = held(company, advisor.accountId());
        ReportDraft draft = new ReportDraft();
        draft.setContext("Fromagerie artisanale vendant en ligne");
        draft.getNeeds().put("commerce", "Gérer les commandes en ligne");
        ReportDraft.Option option = new ReportDraft.Option();
        option.setTitle("Boutique en ligne hébergée");
        option.setPros("Mise en route rapide");
        option.setCons("Commission sur les ventes");
        option.setProviderName("Web Auvergne SARL");
        draft.getSolutions().add(option);
        draft.setRecommendations("Ouvrir une boutique en ligne avant l'été");
        draft.setSpecificationsIncluded(true);
        draft.getSpecifications().setObjectives("Vendre 30 % de la production en ligne");
        draft.getSpecifications().setSelectionCriteria("Prix, accompagnement, paiement sécurisé");
        missions.saveReport(mission.id(), manager, draft);

        byte[] pdf = mvc.perform(get("/fr/office/missions/" + mission.id() + "/report.pdf").with(user(advisor)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "rapport-d-intervention-" + mission.id() + ".pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        DocumentReading report = DocumentReading.pdf(pdf);
        assertThat(report.tagged()).isTrue();
        assertThat(report.language()).isEqualTo("fr");
        assertThat(report.title()).startsWith("Rapport d'intervention – Fromagerie Roux");
        assertThat(report.text()).contains("Rapport d'intervention", "Fromagerie Roux", "Gérer les commandes en ligne",
                "Boutique en ligne hébergée", "Commission sur les ventes", "Web Auvergne SARL",
                "Ouvrir une boutique en ligne avant l'été", "Projet de cahier des charges", "Vendre 30 % de la production en ligne",
                "Diagnostics avant la mission", "Sécurité du système d'information", "page 1 sur " + report.pages());
        assertThat(report.tags()).contains("H1", "H2", "H3", "Table", "TH");
        assertThat(report.figureAlternatives()).contains("Emblème de l’Union européenne : douze étoiles d’or en cercle sur fond bleu");
        assertThat(DocumentReading.pdfUaFailures(pdf)).isEmpty();
        // The same report in the other languages, the company's own words kept as typed.
        Map<String, String> headings = Map.of("es", "Informe de intervención página 1 de", "pt", "Relatório de intervenção página 1 de",
                "en", "Intervention report page 1 of");
        headings.forEach((language, heading) -> {
            DocumentReading translated = DocumentReading.pdf(download("/" + language + "/office/missions/" + mission.id() + "/report.pdf", advisor));
            assertThat(translated.language()).isEqualTo(language);
            assertThat(translated.title()).startsWith(heading.substring(0, heading.indexOf(" p")));
            assertThat(translated.text()).contains(heading.substring(heading.indexOf(" p") + 1), "Gérer les commandes en ligne");
        });

        byte[] reportDocx = mvc.perform(get("/fr/office/missions/" + mission.id() + "/report.docx").with(user(advisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = DocumentReading.docx(reportDocx)) {
            assertThat(texts(document, "Heading1")).singleElement().asString().startsWith("Rapport d'intervention – Fromagerie Roux");
            assertThat(texts(document, "Heading2")).contains("Profil de l'entreprise", "Besoins par thème", "Solutions identifiées",
                    "Projet de cahier des charges");
            assertThat(texts(document, "Heading3")).contains("Boutique en ligne hébergée", "Objectifs");
            assertThat(document.getTables()).isNotEmpty().allSatisfy(table -> assertThat(table.getRow(0).isRepeatHeader()).isTrue());
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
            assertThat(document.getHeaderList().getFirst().getAllPictures()).hasSize(3);
            assertThat(document.getFooterList().getFirst().getText()).contains("FEDER", "Édité le");
        }

        byte[] docx = mvc.perform(get("/fr/office/missions/" + mission.id() + "/specifications.docx").with(user(advisor)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "cahier-des-charges-" + mission.id() + ".docx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = DocumentReading.docx(docx)) {
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("Vendre 30 % de la production en ligne", "Prix, accompagnement, paiement sécurisé");
            assertThat(texts(document, "Heading1")).singleElement().asString().startsWith("Projet de cahier des charges – Fromagerie Roux");
            assertThat(texts(document, "Heading2")).contains("Objectifs", "Critères de sélection");
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getH().toString()).isEqualTo("16838");
            assertThat(document.getFooterList().getFirst().getText()).contains("FEDER");
        }
    }

    private byte[] download(String path, SignedInUser user) {
        try {
            return mvc.perform(get(path).with(user(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(XWPFDocument document, String style) {
        return document.getParagraphs().stream().filter(p -> style.equals(p.getStyleID())).map(XWPFParagraph::getText).toList();
    }

    @Test
    void anotherPartnersStaffAndAnotherCompanyAreRefused() throws Exception {
        CompanyId company = MissionTestSupport.company(registry, "Scierie Martin", Country.FR, "63000", "cybermassif");
        CompanyId other = MissionTestSupport.company(registry, "Boulangerie Petit", Country.FR, "63000", "cybermassif");
        SignedInUser advisor = staff(Role.ADVISOR, "cybermassif");
        SignedInUser otherAdvisor = staff(Role.ADVISOR, "ceei-burgos");
        SignedInUser otherManager = staff(Role.PARTNER_MANAGER, "ciebi");
        SignedInUser owner = companyUser(company);
        SignedInUser otherOwner = companyUser(other);
        Mission mission = held(company, advisor.accountId());
        ReportDraft draft = new ReportDraft();
        draft.getNeeds().put("security", "Mots de passe partagés");
        draft.setRecommendations("Installer un gestionnaire de mots de passe");
        missions.saveReport(mission.id(), manager, draft);
        String office = "/fr/office/missions/" + mission.id();
        String own = "/fr/my-company/missions/" + mission.id();

        mvc.perform(get(office).with(user(advisor))).andExpect(status().isOk());
        mvc.perform(get(office).with(user(otherAdvisor))).andExpect(status().isForbidden());
        mvc.perform(get(office + "/report.pdf").with(user(otherAdvisor))).andExpect(status().isForbidden());
        mvc.perform(get(office + "/report.pdf").with(user(otherManager))).andExpect(status().isForbidden());
        mvc.perform(post(office + "/report/autosave").with(csrf()).with(user(otherManager)).param("context", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post(office + "/validate").with(csrf()).with(user(advisor))).andExpect(status().isForbidden());
        String list = mvc.perform(get("/fr/office/missions?mine=false").with(user(otherAdvisor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).doesNotContain("Scierie Martin");

        mvc.perform(get(own).with(user(owner))).andExpect(status().isOk());
        mvc.perform(get(own + "/report.pdf").with(user(owner))).andExpect(status().isNotFound());
        mvc.perform(get(own).with(user(otherOwner))).andExpect(status().isForbidden());

        missions.submitReport(mission.id(), manager);
        missions.validateReport(mission.id(), manager);
        missions.deliver(mission.id(), manager);
        assertThat(store.find(mission.id()).orElseThrow().state()).isEqualTo(MissionState.DELIVERED);
        byte[] pdf = mvc.perform(get(own + "/report.pdf").with(user(owner))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(DocumentReading.pdf(pdf).text()).contains("Installer un gestionnaire de mots de passe");
        mvc.perform(get(own + "/report.docx").with(user(owner))).andExpect(status().isOk());
        mvc.perform(get(own + "/report.docx").with(user(otherOwner))).andExpect(status().isForbidden());
        mvc.perform(get(office + "/report.docx").with(user(otherAdvisor))).andExpect(status().isForbidden());
        mvc.perform(get(own + "/report.pdf").with(user(otherOwner))).andExpect(status().isForbidden());
        String ownList = mvc.perform(get("/fr/my-company/missions").with(user(otherOwner))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ownList).doesNotContain("/fr/my-company/missions/" + mission.id());

        mvc.perform(post(own + "/acknowledge").with(csrf()).with(user(owner))).andExpect(status().is3xxRedirection());
        mvc.perform(post(own + "/rate").with(csrf()).with(user(owner)).param("rating", "5").param("comment", "Très utile"))
                .andExpect(status().is3xxRedirection());
        String officePage = mvc.perform(get(office).with(user(advisor))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(officePage).contains("Attestée en ligne par Owner").contains("5 sur 5").contains("Très utile");
    }

    @Test
    void theListIsExportedWithItsFilters() throws Exception {
        CompanyId company = MissionTestSupport.company(registry, "Export Tonnellerie", Country.FR, "63000", "cybermassif");
        SignedInUser manager = staff(Role.PARTNER_MANAGER, "cybermassif");
        held(company, manager.accountId());
        String csv = mvc.perform(get("/fr/office/missions/export.csv?state=HELD").with(user(manager))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Entreprise").contains("Export Tonnellerie").contains("Réalisée")
                .as("the partner by its name").contains(",Cybermassif,").doesNotContain(",cybermassif,");
        CompanyId formula = MissionTestSupport.company(registry, "=HYPERLINK(\"x\") Tonnellerie", Country.FR, "63000", "cybermassif");
        held(formula, manager.accountId());
        String neutralised = mvc.perform(get("/fr/office/missions/export.csv?state=HELD").with(user(manager)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(neutralised).contains("\"'=HYPERLINK(\"\"x\"\") Tonnellerie ").doesNotContain(",\"=HYPERLINK");
        String declined = mvc.perform(get("/fr/office/missions/export.csv?state=DECLINED").with(user(manager)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(declined).doesNotContain("Export Tonnellerie");
        byte[] xlsx = mvc.perform(get("/fr/office/missions/export.xlsx?state=HELD").with(user(manager))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            boolean found = false;
            for (var row : sheet) {
                found |= row.getCell(1) != null && row.getCell(1).getStringCellValue().startsWith("Export Tonnellerie");
            }
            assertThat(found).isTrue();
        }
    }

    @Autowired
    eu.cybersudoe.missions.internal.MissionFollowUps followUps;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theRequestFormNamesNoCompanyAnotherPartnerKnows() throws Exception {
        CompanyId theirs = MissionTestSupport.company(registry, "Bodega Secreta Rioja", Country.ES, "26001", "leitat");
        SignedInUser advisor = staff(Role.ADVISOR, "cybermassif");

        assertThat(html(get("/fr/office/missions/new?company=" + theirs.value()).with(user(advisor))))
                .contains("Nouvelle demande de mission").doesNotContain("Bodega Secreta Rioja");
        assertThat(html(post("/fr/office/missions/new").with(csrf()).with(user(advisor)).param("origin", "STAFF")
                .param("companyId", String.valueOf(theirs.value())).param("message", "Un besoin")))
                .doesNotContain("Bodega Secreta Rioja");
        assertThat(store.ofCompany(theirs)).isEmpty();
        assertThat(html(get("/fr/office/missions/new?company=" + theirs.value()).with(user(staff(Role.NETWORK_ADMIN, "cybermassif")))))
                .contains("Bodega Secreta Rioja");
    }

    @Test
    void theOtherPagesOpenAndDoWhatTheySay() throws Exception {
        CompanyId company = MissionTestSupport.company(registry, "Calendrier Ébénisterie", Country.FR, "63000", "cybermassif");
        SignedInUser advisor = staff(Role.ADVISOR, "cybermassif");
        SignedInUser owner = companyUser(company);
        Mission mission = held(company, advisor.accountId());

        assertThat(html(get("/fr/office/missions/new?company=" + company.value()).with(user(advisor))))
                .contains("Nouvelle demande de mission").contains("Calendrier Ébénisterie");
        mvc.perform(post("/fr/office/missions/new").with(csrf()).with(user(advisor)).param("origin", "CONFERENCE")
                        .param("contactEmail", "pas-une-adresse").param("message", "Besoin d'un site"))
                .andExpect(status().isOk());
        assertThat(html(post("/fr/office/missions/new").with(csrf()).with(user(advisor)).param("origin", "CONFERENCE")
                .param("contactEmail", "pas-une-adresse").param("message", "Besoin d'un site")))
                .contains("Choisissez une entreprise du registre.").contains("Choisissez l'une de vos réunions.")
                .contains("Besoin d'un site").contains("pas-une-adresse");

        assertThat(html(get("/fr/office/missions/calendar?month=2026-12").with(user(advisor))))
                .contains("décembre 2026").contains("/fr/office/missions/" + mission.id());
        String ics = html(get("/fr/office/missions/calendar.ics").with(user(advisor)));
        assertThat(ics).contains("BEGIN:VEVENT").contains("DTSTART;VALUE=DATE:20261201").contains("mission-" + mission.id() + "@cybersudoe.eu");
        assertThat(html(get("/fr/office/missions?state=HELD&from=2026-11-01&to=2026-12-31&theme=security").with(user(advisor))))
                .contains("Calendrier Ébénisterie");

        assertThat(html(get("/fr/my-company/missions").with(user(owner)))).contains("Nos missions d'accompagnement")
                .contains("/fr/my-company/missions/" + mission.id());
        mvc.perform(post("/fr/my-company/missions").with(csrf()).with(user(owner)).param("message", "Un site de vente")
                .param("themes", "commerce")).andExpect(status().is3xxRedirection());
        assertThat(store.ofCompany(company)).hasSize(2).anySatisfy(m -> {
            assertThat(m.request().origin()).isEqualTo(MissionOrigin.COMPANY);
            assertThat(m.request().contactEmail()).isEqualTo(owner.email());
            assertThat(m.themes()).containsExactly("commerce");
        });

        String token = "page-token-" + UUID.randomUUID();
        jdbc.sql("update mission set follow_up_hash = ? where id = ?")
                .params(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(token.getBytes(StandardCharsets.UTF_8))), mission.id()).update();
        mvc.perform(get("/fr/missions/follow-up/unknown-token")).andExpect(status().isNotFound());
        assertThat(html(get("/fr/missions/follow-up/" + token))).contains("Après votre mission d'accompagnement");
        assertThat(html(post("/fr/missions/follow-up/" + token).with(csrf()).param("implemented", "Rien encore")))
                .contains("Indiquez ce que vous avez mis en œuvre.").contains("Rien encore");
    }
}
