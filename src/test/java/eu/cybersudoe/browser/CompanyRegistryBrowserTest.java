package eu.cybersudoe.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A partner manager, in Spanish, searches the registry, opens a company and edits one of its contacts. */
@BrowserTest
class CompanyRegistryBrowserTest {

    static final String PASSWORD = "una contraseña bastante larga";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    JdbcClient jdbc;

    String manager;
    String companyName;

    @BeforeEach
    void aCompanyOfTheGijonChamberWithOneContact() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        manager = "gestora." + unique + "@example.org";
        accounts.createConfirmed(manager, "Gestora de Gijón", "{noop}" + PASSWORD, Role.PARTNER_MANAGER, "camara-gijon", Language.ES);
        companyName = "Sidrería Fernández " + unique;
        var registered = (Registration.Registered) registry.register(new NewOrganisation(OrganisationKind.COMPANY, companyName,
                null, Country.ES, null, "Calle Corrida 1", "33201", "Gijón", "5630", 6, null, 2019, true, null,
                List.of("hostelería")), "camara-gijon");
        String email = "lucia." + unique + "@example.org";
        jdbc.sql("""
                insert into contact (organisation_id, first_name, last_name, job, email, email_key, language, newsletter_consent,
                    invitation_consent, created_at, updated_at, version)
                values (?, 'Lucía', 'Fernández', 'Gerente', ?, ?, 'es', false, false, current_timestamp, current_timestamp, 0)""")
                .params(registered.id().value(), email, email).update();
    }

    @Test
    void searchesOpensAndEditsAContact(Page page) {
        page.navigate(url("/es/login"));
        page.getByLabel("Correo electrónico").fill(manager);
        page.getByLabel("Contraseña").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Iniciar sesión")).click();
        assertThat(page).hasURL(url("/es/office"));

        page.locator("main").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Registro de empresas")).click();
        page.getByLabel("Búsqueda").fill("sidreria fernandez");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buscar").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(companyName)).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(companyName);
        assertThat(page.locator("main")).containsText("Lucía");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modificar").setExact(true)).first().click();
        page.getByLabel("Cargo").fill("Directora comercial");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar los cambios")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Se ha actualizado el contacto.");
        assertThat(page.locator("main")).containsText("Directora comercial");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
