package eu.cybersudoe.browser;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.cybersudoe.accounts.internal.Account;
import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.accounts.internal.SignInOutcome;
import eu.cybersudoe.accounts.internal.SignInRecords;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A controller's first sign-in with a passkey instead of the one-time code, on Chromium's virtual
 * authenticator (an emulated security key driven through the DevTools protocol): the passkey is
 * created at the forced set-up, used at the next sign-in in place of the code, then removed from
 * the account page; each step is among the account's sign-in records.
 */
@BrowserTest
class PasskeyBrowserTest {

    static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    SignInRecords records;

    @Test
    void aControllerCreatesAPasskeyAtTheSetUpThenSignsInWithItAndRemovesIt(Page page) {
        String email = "cle." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Account controller = accounts.createConfirmed(email, "Claire Clé", "{noop}" + PASSWORD, Role.CONTROLLER, null, Language.FR);
        virtualAuthenticator(page);

        signIn(page, email);
        assertThat(page).hasURL(url("/fr/login/set-up"));
        page.getByLabel("Nom de cette clé d'accès (par exemple : ordinateur du bureau)").fill("Ordinateur du bureau");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer une clé d'accès")).click();
        assertThat(page).hasURL(Pattern.compile(".*/fr/office(\\?continue)?$"));

        page.context().clearCookies();
        signIn(page, email);
        assertThat(page).hasURL(url("/fr/login/code"));
        assertThat(page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true))).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Utiliser ma clé d'accès")).click();
        assertThat(page).hasURL(Pattern.compile(".*/fr/office(\\?continue)?$"));

        page.navigate(url("/fr/account"));
        assertThat(page.locator("ul.passkeys li strong")).hasText("Ordinateur du bureau");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Supprimer").setExact(true)).click();
        assertThat(page.getByText("Vous n'avez aucune clé d'accès.")).isVisible();

        assertThat(records.of(controller.id(), 20)).extracting(SignInRecords.Line::outcome)
                .containsSubsequence(SignInOutcome.PASSKEY_REMOVED, SignInOutcome.SIGNED_IN, SignInOutcome.PASSWORD_RIGHT_CODE_ASKED,
                        SignInOutcome.PASSKEY_ADDED);
    }

    /** Chromium's emulated authenticator, which answers every passkey request of this page. */
    private static void virtualAuthenticator(Page page) {
        CDPSession devTools = page.context().newCDPSession(page);
        devTools.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject arguments = new JsonObject();
        arguments.add("options", options);
        devTools.send("WebAuthn.addVirtualAuthenticator", arguments);
    }

    private void signIn(Page page, String email) {
        page.navigate(url("/fr/login"));
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
