package eu.cybersudoe.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.OneTimeCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Clock;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A controller signs in for the first time: after the password, the platform sends them to set
 * up a one-time code (QR code and key), with no way around it; they type the app's code, see
 * their recovery codes, reach the back office, and at the next sign-in give the code again.
 */
@BrowserTest
class SecondFactorBrowserTest {

    static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    @Test
    void aControllerIsMadeToSetUpTheOneTimeCodeThenSignsInWithIt(Page page) {
        String controller = "controle." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.createConfirmed(controller, "Claire Contrôle", "{noop}" + PASSWORD, Role.CONTROLLER, null, Language.FR);

        signIn(page, controller);
        assertThat(page).hasURL(url("/fr/login/set-up"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Activer un code à usage unique");
        assertThat(page.getByAltText("Code QR de la clé pour votre application d'authentification")).isVisible();

        page.navigate(url("/fr/office"));
        assertThat(page).hasURL(url("/fr/login"));

        page.navigate(url("/fr/login/set-up"));
        String secret = page.locator("#totp-secret").textContent();
        page.getByLabel("Code affiché par l'application").fill("000000".equals(code(secret)) ? "111111" : "000000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vérifier le code et l'activer")).click();
        assertThat(page.locator("#code-error")).hasText("Ce code n'est pas le bon. Vérifiez l'heure de votre appareil et saisissez le code affiché maintenant.");

        page.getByLabel("Code affiché par l'application").fill(code(secret));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vérifier le code et l'activer")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Vos codes de secours");
        assertThat(page.locator(".recovery-codes li")).hasCount(10);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Continuer")).click();
        // The back office, which the person had asked for before setting up the code.
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/fr/office(\\?continue)?$"));

        page.navigate(url("/fr/account"));
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Code à usage unique activé"))).isVisible();

        BrowserContext later = page.context().browser().newContext();
        later.setDefaultTimeout(BrowserSupport.TIMEOUT_MS);
        Page next = later.newPage();
        signIn(next, controller);
        assertThat(next).hasURL(url("/fr/login/code"));
        next.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(code(secret));
        next.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        assertThat(next).hasURL(url("/fr/office"));
        later.close();
    }

    private void signIn(Page page, String email) {
        page.navigate(url("/fr/login"));
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
    }

    private static String code(String secret) {
        return OneTimeCodes.code(secret, Clock.systemUTC());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
