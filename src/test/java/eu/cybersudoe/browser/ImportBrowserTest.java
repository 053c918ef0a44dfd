package eu.cybersudoe.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner manager, in Spanish, uploads a file of companies, maps its columns, watches the import
 * run to its end and downloads the rejected rows with their reason.
 */
@BrowserTest
class ImportBrowserTest {

    static final String PASSWORD = "una contraseña bastante larga";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    @Test
    void uploadsMapsWatchesAndDownloadsTheRejectedRowsAndTheWarnings(Page page) throws IOException {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String manager = "importa." + unique + "@example.org";
        accounts.createConfirmed(manager, "Gestor de Burgos", "{noop}" + PASSWORD, Role.PARTNER_MANAGER, "ceei-burgos", Language.ES);
        String csv = "Razón social;Código postal;Municipio;Correo;Boletín\n"
                + "Panadería Ortega " + unique + ";09001;Burgos;pan." + unique + "@example.es;sí\n"
                + "Quesos Arlanzón " + unique + ";09200;Miranda de Ebro;correo-sin-arroba;no\n"
                + ";09001;Burgos;;\n";

        page.navigate(url("/es/login"));
        page.getByLabel("Correo electrónico").fill(manager);
        page.getByLabel("Contraseña").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Iniciar sesión")).click();
        page.locator("main").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Importaciones")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Importar un fichero")).first().click();

        page.getByLabel("Fichero", new Page.GetByLabelOptions().setExact(true)).setInputFiles(
                new FilePayload("clientes.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByLabel("País de las empresas").selectOption("ES");
        page.getByLabel("Dónde se recogieron los consentimientos").fill("Jornadas de 2024");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subir y asociar las columnas")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Asociar las columnas");
        assertThat(page.locator("table.mapping")).containsText("Panadería Ortega " + unique);
        assertThat(page.getByLabel("Correo")).hasValue("EMAIL");
        page.getByLabel("Municipio").selectOption("CITY");
        page.getByLabel("Boletín").selectOption("NEWSLETTER_CONSENT");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Iniciar la importación")).click();

        assertThat(page.locator("#import-progress")).containsText("Terminada", new com.microsoft.playwright.assertions
                .LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        assertThat(page.locator("#import-progress")).containsText("Creadas");
        assertThat(page.locator("#import-progress")).containsText("Importadas con avisos");
        assertThat(page.locator("section[aria-labelledby=warnings]")).containsText("La dirección de correo correo-sin-arroba no es válida.");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Descargar las filas rechazadas y por revisar (CSV, con el motivo)")).click());
        String rows = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(rows).contains("Razón social;Código postal;Municipio;Correo;Boletín;Fila;Resultado;Motivo")
                .contains(";4;Rechazadas;La fila no tiene nombre de empresa.")
                .doesNotContain("Quesos Arlanzón");
        Download warnings = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Descargar los avisos (CSV, con el campo y el motivo)")).click());
        assertThat(Files.readString(warnings.path(), StandardCharsets.UTF_8))
                .contains("Razón social;Código postal;Municipio;Correo;Boletín;Fila;Campo;Motivo")
                .contains("Quesos Arlanzón " + unique + ";09200;Miranda de Ebro;correo-sin-arroba;no;3;Contacto: correo electrónico;"
                        + "La dirección de correo correo-sin-arroba no es válida.");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
