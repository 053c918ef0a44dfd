package eu.cybersudoe.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import eu.cybersudoe.accounts.internal.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two partner managers of different partners sign in with their demo accounts: each opens
 * their own partner's back-office page and is refused the other's.
 */
@BrowserTest
@TestPropertySource(properties = "cybersudoe.demo=true")
class PartnerScopeBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void eachManagerSeesOnlyTheirOwnPartner(Page page) {
        signIn(page, "manager.ciebi@demo.cybersudoe.eu");
        assertThat(page).hasURL(url("/fr/office"));
        page.locator("main").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Votre structure")).click();
        assertThat(page).hasURL(url("/fr/office/partners/ciebi"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("CIEBI");
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("manager.ciebi@demo.cybersudoe.eu"))).isVisible();

        Response refused = page.navigate(url("/fr/office/partners/leitat"));
        assertEquals(403, refused.status());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Accès refusé");

        signOut(page);
        signIn(page, "manager.leitat@demo.cybersudoe.eu");
        assertEquals(200, page.navigate(url("/fr/office/partners/leitat")).status());
        assertEquals(403, page.navigate(url("/fr/office/partners/ciebi")).status());
    }

    @Test
    void anonymousVisitorsAreAskedToSignInFirst(Page page) {
        page.navigate(url("/fr/office/partners/ciebi"));
        assertThat(page).hasURL(url("/fr/login"));
        signIn(page, "manager.ciebi@demo.cybersudoe.eu");
        assertThat(page).hasURL(url("/fr/office/partners/ciebi?continue"));
    }

    private void signIn(Page page, String email) {
        if (!page.url().endsWith("/fr/login")) {
            page.navigate(url("/fr/login"));
        }
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe").fill(DemoAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
    }

    private void signOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();
        assertThat(page).hasURL(url("/fr/?signedOut"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
