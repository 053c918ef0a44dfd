package eu.cybersudoe.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Outbox;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.OutboxMails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A network admin invites a partner manager in Spanish; the manager chooses a password, signs
 * in and invites an advisor of their partner; the advisor joins, signs in and sees only that partner.
 */
@BrowserTest
class PeopleBrowserTest {

    static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    Outbox outbox;

    @Test
    void anInvitedManagerInvitesAnAdvisorWhoSeesOnlyTheirPartner(Page page) throws InterruptedException {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String admin = "admin." + unique + "@example.org";
        String manager = "gestora." + unique + "@example.org";
        String advisor = "asesor." + unique + "@example.org";
        accounts.createConfirmed(admin, "Network Admin", "{noop}" + PASSWORD, Role.NETWORK_ADMIN, "cybermassif", Language.FR);

        signIn(page, "fr", admin, "Adresse e-mail", "Mot de passe", "Se connecter");
        page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Personnes et invitations")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inviter une personne")).click();
        page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Lucía Gestora");
        page.getByLabel("Adresse e-mail").fill(manager);
        page.locator("#role").selectOption("PARTNER_MANAGER");
        page.locator("#partnerId").selectOption("ceei-burgos");
        page.locator("#language").selectOption("es");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer l'invitation")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("L'invitation a été envoyée.");
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(manager).setExact(true))).isVisible();

        Page managerPage = freshPage(page);
        join(managerPage, awaitLink(manager, "/es/invitation"));
        signIn(managerPage, "es", manager, "Correo electrónico", "Contraseña", "Iniciar sesión");
        managerPage.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Personas e invitaciones")).click();
        managerPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Invitar a una persona")).click();
        assertThat(managerPage.locator("#partnerId option")).hasCount(1);
        assertThat(managerPage.locator("#role option")).hasText(new String[]{"Elija…", "Jefe de proyecto del socio", "Asesor"});
        managerPage.getByLabel("Nombre", new Page.GetByLabelOptions().setExact(true)).fill("Pablo Asesor");
        managerPage.getByLabel("Correo electrónico").fill(advisor);
        managerPage.locator("#role").selectOption("ADVISOR");
        managerPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enviar la invitación")).click();
        assertThat(managerPage.getByRole(AriaRole.STATUS)).hasText("La invitación se ha enviado.");

        Page advisorPage = freshPage(page);
        join(advisorPage, awaitLink(advisor, "/es/invitation"));
        signIn(advisorPage, "es", advisor, "Correo electrónico", "Contraseña", "Iniciar sesión");
        assertThat(advisorPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Personas e invitaciones"))).hasCount(0);
        advisorPage.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Su entidad")).click();
        assertThat(advisorPage).hasURL(url("/es/office/partners/ceei-burgos"));
        assertThat(advisorPage.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(manager).setExact(true))).isVisible();
        assertThat(advisorPage.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(advisor).setExact(true))).isVisible();
        assertEquals(403, advisorPage.navigate(url("/es/office/partners/cybermassif")).status());
        assertEquals(403, advisorPage.navigate(url("/es/office/people")).status());
        managerPage.context().close();
        advisorPage.context().close();
    }

    @Test
    void anAdvisorGivenAnotherRoleChoosesItWithTheSwitcher(Page page) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String admin = "admin2." + unique + "@example.org";
        String advisor = "asesora." + unique + "@example.org";
        accounts.createConfirmed(admin, "Network Admin", "{noop}" + PASSWORD, Role.NETWORK_ADMIN, "cybermassif", Language.FR);
        long advisorId = accounts.createConfirmed(advisor, "Marta Asesora " + unique, "{noop}" + PASSWORD, Role.ADVISOR, "leitat",
                Language.ES).id();

        signIn(page, "fr", admin, "Adresse e-mail", "Mot de passe", "Se connecter");
        page.navigate(url("/fr/office/people/" + advisorId));
        page.locator("#otherRole").selectOption("EVALUATOR");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter le rôle")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Les rôles ont été modifiés.");

        Page advisorPage = freshPage(page);
        signIn(advisorPage, "es", advisor, "Correo electrónico", "Contraseña", "Iniciar sesión");
        assertEquals(200, advisorPage.navigate(url("/es/office/partners/leitat")).status());
        advisorPage.navigate(url("/es/office"));
        assertThat(advisorPage.locator("#actingRole option")).hasText(new String[]{"Asesor · LEITAT", "Evaluador"});
        advisorPage.getByLabel("Actuar como").selectOption("EVALUATOR");
        advisorPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cambiar de perfil")).click();
        assertThat(advisorPage.getByRole(AriaRole.STATUS)).hasText("Ahora actúa con el perfil elegido.");
        assertThat(advisorPage.locator("p.lead")).hasText("Bienvenido/a, Marta Asesora " + unique + " (Evaluador).");
        assertEquals(403, advisorPage.navigate(url("/es/office/partners/leitat")).status());
        advisorPage.navigate(url("/es/office"));
        advisorPage.getByLabel("Actuar como").selectOption("ADVISOR@leitat");
        advisorPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cambiar de perfil")).click();
        assertEquals(200, advisorPage.navigate(url("/es/office/partners/leitat")).status());
        advisorPage.context().close();
    }

    /** Opens the invitation link in a browser of its own, chooses a password and lands on the sign-in page. */
    private void join(Page page, String link) {
        page.navigate(url(link));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Su invitación a CyberSudoe");
        page.getByLabel("Nueva contraseña", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByLabel("Repita la nueva contraseña").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crear mi cuenta")).click();
        assertThat(page).hasURL(url("/es/login"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Su invitación está aceptada. Inicie sesión para empezar.");
    }

    private void signIn(Page page, String lang, String email, String emailLabel, String passwordLabel, String submit) {
        page.navigate(url("/" + lang + "/login"));
        page.getByLabel(emailLabel).fill(email);
        page.getByLabel(passwordLabel).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(submit)).click();
        BrowserSupport.throughOneTimeCodeSetUp(page);
        assertThat(page).hasURL(url("/" + lang + "/office"));
    }

    private static Page freshPage(Page page) {
        BrowserContext context = page.context().browser().newContext();
        context.setDefaultTimeout(BrowserSupport.TIMEOUT_MS);
        return context.newPage();
    }

    private String awaitLink(String email, String path) throws InterruptedException {
        return OutboxMails.linkIn(OutboxMails.await(outbox, email, 1), path);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
