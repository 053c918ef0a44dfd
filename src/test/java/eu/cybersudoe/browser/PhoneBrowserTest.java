package eu.cybersudoe.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.missions.internal.Actor;
import eu.cybersudoe.missions.internal.Mission;
import eu.cybersudoe.missions.internal.MissionOrigin;
import eu.cybersudoe.missions.internal.MissionService;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner manager on a 390-pixel phone: the back office's own navigation behind a compact menu, their
 * partner and role always shown, no page wider than the screen, the agenda's filters folded.
 */
@BrowserTest
class PhoneBrowserTest {

    static final String PASSWORD = "un mot de passe assez long";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    MissionService missions;

    String manager;
    long missionId;

    @BeforeEach
    void aManagerOfCybermassifWithAMission() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        manager = "cheffe." + unique + "@example.org";
        accounts.createConfirmed(manager, "Claire Responsable", "{noop}" + PASSWORD, Role.PARTNER_MANAGER, "cybermassif", Language.FR);
        CompanyId company = ((Registration.Registered) registry.register(new NewOrganisation(OrganisationKind.COMPANY,
                "Établissements Chaudronnerie-Métallerie-Serrurerie-Réunies d'Auvergne " + unique, null, Country.FR, null,
                "12 boulevard François-Mitterrand", "63000", "Clermont-Ferrand", null, 9, null, 2005, false, null, List.of(), null),
                "cybermassif")).id();
        missionId = missions.request(company, new Mission.Request(MissionOrigin.STAFF, null, null, null,
                "contact." + unique + "@example.org", Language.FR, "Sécuriser la messagerie et les sauvegardes de l'atelier",
                List.of("security"), null), new Actor(null, "Claire Responsable")).id();
    }

    @Test
    void theBackOfficeFitsAPhoneWithACompactMenu(Page desktop) {
        Browser browser = desktop.context().browser();
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)).newPage();
        page.navigate(url("/fr/login"));
        page.getByLabel("Adresse e-mail").fill(manager);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        assertThat(page).hasURL(url("/fr/office"));

        assertThat(page.locator(".office-partner")).hasText("Cybermassif");
        assertThat(page.locator(".office-role")).hasText("Chef de projet partenaire");
        Locator office = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Navigation de l'espace de gestion"));
        assertThat(office).isHidden();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Navigation principale"))).hasCount(0);
        assertThat(page.locator("header").boundingBox().height).as("the folded header").isLessThan(120);
        fitsTheScreen(page);

        Locator menu = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"));
        menu.click();
        assertThat(menu).hasAttribute("aria-expanded", "true");
        assertThat(office).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"))).isVisible();
        office.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Missions d'accompagnement")).click();
        assertThat(page).hasURL(url("/fr/office/missions"));
        fitsTheScreen(page);

        page.navigate(url("/fr/office/missions/" + missionId));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Chaudronnerie");
        fitsTheScreen(page);

        page.navigate(url("/fr/conferences"));
        Locator filters = page.locator("details.filters-fold");
        assertThat(filters).not().hasAttribute("open", "");
        assertThat(filters.locator("form")).isHidden();
        fitsTheScreen(page);
        filters.locator("summary").click();
        assertThat(filters.locator("form")).isVisible();
        fitsTheScreen(page);
    }

    /** Nothing is wider than the screen: the page does not scroll sideways. */
    private static void fitsTheScreen(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        Object wider = page.evaluate("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                + "window.innerWidth + 1 && !e.closest('.table-scroll')).slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' "
                + "+ Math.round(e.getBoundingClientRect().right)).join(', ')");
        assertThat(((Number) overflow).intValue()).as(page.url() + " is wider than the screen: " + wider).isLessThanOrEqualTo(0);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
