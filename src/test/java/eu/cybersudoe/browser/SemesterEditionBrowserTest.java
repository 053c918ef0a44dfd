package eu.cybersudoe.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner enters, with evidence, the value of an indicator no module measures (a test entry added
 * to the catalogue); a network admin validates it and closes the semester; a programme officer
 * downloads the semester's spreadsheet, which holds the value.
 */
@BrowserTest
class SemesterEditionBrowserTest {

    static final String PASSWORD = "correct horse battery staple 2026";
    static final String NAME = "Ateliers de test saisis à la main";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    /** The shipped catalogue and one more indicator that no source measures. */
    @DynamicPropertySource
    static void catalogueWithAnEnteredIndicator(DynamicPropertyRegistry registry) {
        try (InputStream shipped = new ClassPathResource("reference/monitoring/indicators.yml").getInputStream()) {
            String catalogue = new String(shipped.readAllBytes(), StandardCharsets.UTF_8) + """

                      - code: browser-test-workshops
                        kind: output
                        unit: count
                        work-package: GT1
                        target: 12
                        name:
                          fr: Ateliers de test saisis à la main
                          es: Talleres de prueba introducidos a mano
                          pt: Oficinas de teste introduzidas à mão
                          en: Test workshops entered by hand
                        definition:
                          fr: Un atelier compte quand sa feuille d'émargement est jointe.
                          es: Un taller cuenta cuando se adjunta su hoja de firmas.
                          pt: Uma oficina conta quando a sua folha de presenças é anexada.
                          en: A workshop counts when its attendance sheet is attached.
                    """;
            Path file = Files.createTempFile("indicators-", ".yml");
            Files.writeString(file, catalogue);
            registry.add("cybersudoe.monitoring.indicators", () -> file.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void enteredValidatedClosedAndDownloaded(Page page) throws IOException {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String manager = "responsable." + unique + "@example.org";
        String admin = "admin." + unique + "@example.org";
        String officer = "charge.programme." + unique + "@example.org";
        accounts.createConfirmed(manager, "Claire Responsable", "{noop}" + PASSWORD, Role.PARTNER_MANAGER, "cybermassif", Language.FR);
        accounts.createConfirmed(admin, "Ana Admin", "{noop}" + PASSWORD, Role.NETWORK_ADMIN, "cybermassif", Language.FR);
        accounts.createConfirmed(officer, "Paul Programme", "{noop}" + PASSWORD, Role.PROGRAMME_OFFICER, null, Language.FR);
        Path evidence = Files.createTempFile("emargement-", ".pdf");
        Files.writeString(evidence, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

        signIn(page, manager);
        page.navigate(url("/fr/office/indicators/entries?semester=1"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(NAME)).click();
        page.getByLabel("Valeur réalisée pendant le semestre (nombre)").fill("4");
        page.getByLabel("Commentaire").fill("Quatre ateliers, feuilles jointes");
        page.getByLabel("Justificatifs (PDF, images, Word, Excel ou CSV ; 20 Mo chacun)").setInputFiles(evidence);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer pour validation")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("La valeur est envoyée pour validation.");
        assertThat(page.getByText("En attente de validation")).isVisible();

        Page adminPage = freshPage(page);
        signIn(adminPage, admin);
        adminPage.navigate(url("/fr/office/indicators/entries"));
        Locator awaiting = adminPage.locator("#awaiting + ul li").filter(new Locator.FilterOptions().setHasText(NAME));
        assertThat(awaiting.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(evidence.getFileName().toString()))).isVisible();
        awaiting.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Valider")).click();
        assertThat(adminPage.getByRole(AriaRole.STATUS)).hasText("La valeur est validée.");
        adminPage.navigate(url("/fr/office/indicators?semester=1"));
        adminPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Clôturer le semestre 1")).click();
        assertThat(adminPage.getByRole(AriaRole.STATUS)).hasText("Le semestre est clôturé : ses valeurs sont figées.");
        assertThat(adminPage.locator("tr#browser-test-workshops td.number").nth(2)).hasText("4");

        Page officerPage = freshPage(page);
        signIn(officerPage, officer);
        officerPage.navigate(url("/fr/office/indicators?semester=1"));
        assertThat(officerPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Clôturer le semestre 1"))).hasCount(0);
        Download download = officerPage.waitForDownload(() -> officerPage.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Télécharger le semestre en tableur (XLSX)")).click());
        assertThat(download.suggestedFilename()).isEqualTo("indicateurs-semestre-1-revision-1.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(download.createReadStream())) {
            Sheet outputs = workbook.getSheet("Indicateurs de réalisation");
            Row network = null;
            Row cybermassif = null;
            for (Row row : outputs) {
                if (row.getCell(0) != null && NAME.equals(row.getCell(0).getStringCellValue())) {
                    String scope = row.getCell(1).getStringCellValue();
                    network = scope.equals("Tout le réseau (consolidé)") ? row : network;
                    cybermassif = scope.equals("Cybermassif") ? row : cybermassif;
                }
            }
            assertThat(network).isNotNull();
            assertThat(network.getCell(3).getNumericCellValue()).isEqualTo(4.0);
            assertThat(cybermassif).isNotNull();
            assertThat(cybermassif.getCell(3).getNumericCellValue()).isEqualTo(4.0);
            assertThat(cybermassif.getCell(6).getStringCellValue()).isEqualTo("Quatre ateliers, feuilles jointes");
        }
    }

    private void signIn(Page page, String email) {
        page.navigate(url("/fr/login"));
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        BrowserSupport.throughOneTimeCodeSetUp(page);
    }

    private static Page freshPage(Page page) {
        BrowserContext context = page.context().browser().newContext();
        context.setDefaultTimeout(BrowserSupport.TIMEOUT_MS);
        return context.newPage();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
