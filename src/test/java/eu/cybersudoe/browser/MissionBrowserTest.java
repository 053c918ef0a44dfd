package eu.cybersudoe.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.CompanyUsers;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.missions.internal.Actor;
import eu.cybersudoe.missions.internal.DeliveryMode;
import eu.cybersudoe.missions.internal.Mission;
import eu.cybersudoe.missions.internal.MissionOrigin;
import eu.cybersudoe.missions.internal.MissionService;
import eu.cybersudoe.missions.internal.MissionState;
import eu.cybersudoe.missions.internal.MissionStore;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.documents.DocumentReading;
import eu.cybersudoe.shared.security.Role;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** An advisor writes and submits a report in French, the partner manager validates and delivers it, the company downloads it. */
@BrowserTest
class MissionBrowserTest {

    static final String PASSWORD = "un mot de passe assez long";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    CompanyUsers companyUsers;
    @Autowired
    MissionService missions;
    @Autowired
    MissionStore store;

    String advisor;
    String manager;
    String owner;
    String companyName;
    long missionId;

    @BeforeEach
    void aMissionHeldWithAnAdvisorOfCybermassif() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        advisor = "conseiller." + unique + "@example.org";
        manager = "responsable." + unique + "@example.org";
        owner = "gerante." + unique + "@example.org";
        long advisorId = accounts.createConfirmed(advisor, "Paul Conseiller", "{noop}" + PASSWORD, Role.ADVISOR, "cybermassif",
                Language.FR).id();
        accounts.createConfirmed(manager, "Claire Responsable", "{noop}" + PASSWORD, Role.PARTNER_MANAGER, "cybermassif", Language.FR);
        long ownerId = accounts.createConfirmed(owner, "Julie Vidal", "{noop}" + PASSWORD, Role.COMPANY_USER, null, Language.FR).id();
        companyName = "Menuiserie Vidal " + unique;
        CompanyId company = ((Registration.Registered) registry.register(new NewOrganisation(OrganisationKind.COMPANY, companyName,
                null, Country.FR, null, null, "63000", "Clermont-Ferrand", null, 6, null, 2018, true, null, List.of(), null),
                "cybermassif")).id();
        companyUsers.linkCreator(ownerId, Role.COMPANY_USER, company);
        Actor staff = new Actor(null, "Claire Responsable");
        missionId = missions.request(company, new Mission.Request(MissionOrigin.STAFF, null, null, null, owner, Language.FR,
                "Sécuriser les postes", List.of("security"), null), staff).id();
        missions.accept(missionId, staff);
        LocalDate day = LocalDate.now().minusDays(2);
        missions.schedule(missionId, staff, new Mission.Schedule(day, DeliveryMode.ON_SITE, BigDecimal.ONE), advisorId);
        missions.hold(missionId, staff, day, BigDecimal.ONE);
    }

    @Test
    void theReportGoesFromTheAdvisorToTheManagerToTheCompany(Page page) throws Exception {
        signIn(page, advisor);
        page.navigate(url("/fr/office/missions"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(companyName)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rédiger le rapport d'intervention")).click();
        page.getByLabel("Activité, organisation et situation de l'entreprise").fill("Menuiserie de six salariés.");
        page.getByLabel("Sécurité des systèmes d'information").fill("Aucune sauvegarde hors de l'atelier.");
        page.getByLabel("Ce que recommande le conseiller").fill("Mettre en place une sauvegarde externalisée chiffrée.");
        page.getByLabel("Ce que recommande le conseiller").blur();
        assertThat(page.locator("#autosave")).containsText(java.util.regex.Pattern.compile("Enregistré à \\d{2}:\\d{2}"));
        assertThat(page.locator("#report-progress")).containsText("Sections remplies : 3 sur 6");
        var axe = new com.deque.html.axecore.playwright.AxeBuilder(page).analyze();
        assertThat(axe.getViolations().stream()
                        .filter(rule -> AccessibilityBrowserTest.BLOCKING_IMPACTS.contains(rule.getImpact())).toList())
                .as("the report editor passes axe-core").isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le rapport")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le rapport est enregistré");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retour à la mission")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Soumettre le rapport à validation")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le rapport est soumis à validation");
        signOut(page);

        signIn(page, manager);
        page.navigate(url("/fr/office/missions/" + missionId));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider le rapport")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le rapport est validé");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remettre le rapport à l'entreprise")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le rapport est remis à l'entreprise");
        assertThat(store.find(missionId).orElseThrow().state()).isEqualTo(MissionState.DELIVERED);
        signOut(page);

        signIn(page, owner);
        page.navigate(url("/fr/my-company"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nos missions d'accompagnement et leurs rapports")).click();
        page.locator("a[href='/fr/my-company/missions/" + missionId + "']").click();
        assertThat(page.locator("main")).containsText("Mettre en place une sauvegarde externalisée chiffrée.");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Télécharger le rapport (PDF)")).click());
        DocumentReading report = DocumentReading.pdf(Files.readAllBytes(download.path()));
        assertThat(report.text()).contains("Rapport d'intervention").contains(companyName)
                .contains("Aucune sauvegarde hors de l'atelier.").contains("Mettre en place une sauvegarde externalisée chiffrée.");
        assertThat(report.tagged()).isTrue();
        Download word = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Télécharger le rapport (Word)")).click());
        try (XWPFDocument docx = DocumentReading.docx(Files.readAllBytes(word.path()))) {
            assertThat(docx.getParagraphs()).anySatisfy(paragraph -> {
                assertThat(paragraph.getStyleID()).isEqualTo("Heading1");
                assertThat(paragraph.getText()).contains(companyName);
            });
            assertThat(docx.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("Mettre en place une sauvegarde externalisée chiffrée.");
        }
    }

    private void signIn(Page page, String email) {
        page.navigate(url("/fr/login"));
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
    }

    private void signOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
