package eu.cybersudoe.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.CompanyUsers;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The owner of a shop, signed in with the account linked to the company, takes the commerce
 * diagnostic in French, asks to be reminded to take it again, takes it again later and sees
 * the progress since the first time, with the recommendations followed.
 */
@BrowserTest
class RetakeBrowserTest {

    static final String EMAIL = "boutique.retake@example.org";
    static final String PASSWORD = "Une-boutique-2026";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    CompanyUsers companyUsers;

    @Test
    void aCompanyUserRetakesTheCommerceDiagnosticAndSeesItsProgress(Page page) {
        long account = accounts.createConfirmed(EMAIL, "Claire Martin", passwords.encode(PASSWORD), Role.COMPANY_USER, null,
                Language.FR).id();
        var shop = (Registration.Registered) registry.register(new NewOrganisation(OrganisationKind.COMPANY,
                "Épicerie Martin", null, Country.FR, null, null, "63000", "Clermont-Ferrand", null, 2, null, 2019, false,
                null, List.of()), "cybermassif");
        companyUsers.linkCreator(account, Role.COMPANY_USER, shop.id());

        page.navigate(url("/fr/login"));
        page.getByLabel("Adresse e-mail").fill(EMAIL);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();

        takeCommerce(page, "Non", "Non", "Non");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Vos résultats");
        assertThat(page.getByText("Mettre à jour votre fiche sur les cartes").first()).isVisible();
        assertThat(page.locator("#progress")).hasCount(0);

        page.locator("#remind").locator("..").getByLabel("dans 3 mois").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Programmer le rappel")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le rappel est programmé");
        assertThat(page.getByText("Rappel prévu le")).isVisible();

        takeCommerce(page, "Oui", "Oui", "Oui");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vos progrès depuis votre premier diagnostic")))
                .isVisible();
        Locator progress = page.locator("section.progress-since");
        assertThat(progress).containsText("score global 0, aujourd'hui 83 (+83)");
        assertThat(progress.locator("ul.followed")).containsText("Mettre à jour votre fiche sur les cartes");
        assertThat(progress.locator("ul.followed")).containsText("Sécuriser la caisse et le terminal de paiement");
        assertThat(progress.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Caisse, stocks et magasin")))
                .containsText("+100");

        page.navigate(url("/fr/diagnostics"));
        assertThat(page.locator("#mine ~ .table-scroll").getByRole(AriaRole.CELL, new Locator.GetByRoleOptions().setName("+83")))
                .isVisible();
    }

    private void takeCommerce(Page page, String listing, String till, String terminal) {
        page.navigate(url("/fr/diagnostics"));
        page.locator("#q-commerce").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Commencer")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuer vers les questions")).click();
        answer(page, "business-listing", listing);
        answer(page, "click-collect", "Non");
        next(page, "Enregistrer et continuer");
        answer(page, "pos-system", till);
        next(page, "Enregistrer et continuer");
        answer(page, "card-terminal-security", terminal);
        next(page, "Vérifier et valider");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider et voir mes résultats")).click();
    }

    private static void answer(Page page, String question, String label) {
        page.locator("#question-" + question).getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).check();
    }

    private static void next(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
