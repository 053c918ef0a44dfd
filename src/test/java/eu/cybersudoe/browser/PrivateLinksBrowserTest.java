package eu.cybersudoe.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.conferences.ConferenceKind;
import eu.cybersudoe.conferences.internal.CheckInLinks;
import eu.cybersudoe.conferences.internal.ConferenceDetails;
import eu.cybersudoe.conferences.internal.ConferenceFormat;
import eu.cybersudoe.conferences.internal.ConferenceOffice;
import eu.cybersudoe.conferences.internal.Person;
import eu.cybersudoe.conferences.internal.Registrant;
import eu.cybersudoe.conferences.internal.Registration;
import eu.cybersudoe.conferences.internal.RegistrationOutcome;
import eu.cybersudoe.conferences.internal.Registrations;
import eu.cybersudoe.missions.internal.Actor;
import eu.cybersudoe.missions.internal.DeliveryMode;
import eu.cybersudoe.missions.internal.Mission;
import eu.cybersudoe.missions.internal.MissionOrigin;
import eu.cybersudoe.missions.internal.MissionService;
import eu.cybersudoe.missions.internal.ReportDraft;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.newsletters.internal.UnsubscribeLinks;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each private link the platform sends by e-mail, opened in a browser that has never visited the site
 * (no session yet): the page arrives whole, with its form usable, in the link's language.
 */
@BrowserTest
class PrivateLinksBrowserTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    MissionService missions;
    @Autowired
    ConferenceOffice conferences;
    @Autowired
    Registrations registrations;
    @Autowired
    CheckInLinks checkIns;
    @Autowired
    UnsubscribeLinks unsubscribes;
    @Autowired
    JdbcClient jdbc;

    final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aDiagnosticResultOpensWholeInAFreshBrowser(Page page) {
        page.navigate(url("/fr/diagnostics"));
        page.locator("#q-commerce").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Commencer")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuer vers les questions")).click();
        answer(page, "business-listing");
        answer(page, "click-collect");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer et continuer")).click();
        answer(page, "pos-system");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer et continuer")).click();
        answer(page, "card-terminal-security");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vérifier et valider")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider et voir mes résultats")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Vos résultats");
        String result = page.url();

        Page fresh = freshBrowser(page);
        openWhole(fresh, result);
        assertThat(fresh.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Vos résultats");
        assertThat(fresh.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("M'envoyer le lien"))).isVisible();
        // Under each dimension, the text of its own level: no sentence repeated from one dimension to the next.
        List<String> levels = fresh.locator("main table td p.muted").allTextContents();
        assertThat(levels).hasSize(3).doesNotHaveDuplicates()
                .doesNotContain(fresh.locator(".overall div p").first().textContent());
        // Every label of the radar chart is drawn whole inside the chart.
        labelsInsideTheChart(fresh, ".radar .label-long");

        Page phone = page.context().browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844)).newPage();
        openWhole(phone, result);
        assertThat(phone.locator(".radar .label-long").first()).isHidden();
        Locator first = phone.locator(".radar .label-short").first();
        assertThat(first).isVisible();
        assertThat(first.boundingBox().height).as("a number readable on a phone").isGreaterThanOrEqualTo(11);
        assertThat(phone.locator("main table .axis-number").first()).hasText("1.");
        labelsInsideTheChart(phone, ".radar .label-short");
        assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no horizontal scroll at 390 pixels").isTrue();
    }

    private static void labelsInsideTheChart(Page page, String labels) {
        var chart = page.locator("svg.radar").boundingBox();
        Locator all = page.locator(labels);
        assertThat(all.count()).isGreaterThanOrEqualTo(3);
        for (int i = 0; i < all.count(); i++) {
            var box = all.nth(i).boundingBox();
            assertThat(box.x).as(all.nth(i).textContent()).isGreaterThanOrEqualTo(chart.x);
            assertThat(box.y).as(all.nth(i).textContent()).isGreaterThanOrEqualTo(chart.y);
            assertThat(box.x + box.width).as(all.nth(i).textContent()).isLessThanOrEqualTo(chart.x + chart.width);
            assertThat(box.y + box.height).as(all.nth(i).textContent()).isLessThanOrEqualTo(chart.y + chart.height);
        }
    }

    @Test
    void aMissionFollowUpOpensWholeInAFreshBrowser(Page page) {
        String token = "follow-up-" + unique;
        jdbc.sql("update mission set follow_up_hash = ? where id = ?").params(sha256(token), deliveredMission()).update();

        Page fresh = freshBrowser(page);
        openWhole(fresh, url("/fr/missions/follow-up/" + token));
        assertThat(fresh.locator("main form[method=post]")).hasCount(1);
        assertThat(fresh.locator("main input[name=_csrf]")).not().hasValue("");
    }

    @Test
    void anUnsubscribeLinkOpensWholeInAFreshBrowser(Page page) {
        String email = "lecteur." + unique + "@example.org";
        String link = unsubscribes.url(1, email, Language.ES).replaceFirst("^https?://[^/]+", "");

        Page fresh = freshBrowser(page);
        openWhole(fresh, url(link));
        assertThat(fresh.locator("main")).containsText(email);
        assertThat(fresh.locator("main input[name=_csrf]")).not().hasValue("");
    }

    @Test
    void registrationLinksOpenWholeInAFreshBrowser(Page page) {
        Registration registration = aRegistration();

        Page cancel = freshBrowser(page);
        openWhole(cancel, url("/pt/conferences/registrations/" + registration.token() + "/cancel"));
        assertThat(cancel.locator("main input[name=_csrf]")).not().hasValue("");

        Page checkIn = freshBrowser(page);
        openWhole(checkIn, url("/pt" + checkIns.path(registration)));
        assertThat(checkIn.getByLabel("Palavra-passe")).isVisible();
    }

    /** Opens a link and checks the whole document came: a status of 200, the closing tag, the footer. */
    private static void openWhole(Page fresh, String link) {
        Response response = fresh.navigate(link);
        assertThat(response.status()).as(link).isEqualTo(200);
        assertThat(response.text().strip()).as(link).endsWith("</html>");
        assertThat(fresh.locator("footer.site-footer")).isVisible();
        assertThat(fresh.context().cookies()).as("the session the page's form needs").isNotEmpty();
    }

    /** A page in a new browser context: no cookie, no session. */
    private static Page freshBrowser(Page page) {
        BrowserContext context = page.context().browser().newContext();
        assertThat(context.cookies()).isEmpty();
        return context.newPage();
    }

    private long deliveredMission() {
        CompanyId company = ((eu.cybersudoe.companies.Registration.Registered) registry.register(new NewOrganisation(
                OrganisationKind.COMPANY, "Scierie Morel " + unique, null, Country.FR, null, null, "63000", "Clermont-Ferrand",
                null, 8, null, 2010, false, null, List.of(), null), "cybermassif")).id();
        long advisor = accounts.createConfirmed("conseil." + unique + "@example.org", "Marc Conseil", "{noop}un mot de passe assez long",
                Role.ADVISOR, "cybermassif", Language.FR).id();
        Actor staff = new Actor(null, "Claire Responsable");
        long id = missions.request(company, new Mission.Request(MissionOrigin.STAFF, null, null, null,
                "morel." + unique + "@example.org", Language.FR, "Sauvegardes", List.of("security"), null), staff).id();
        missions.accept(id, staff);
        LocalDate day = LocalDate.now().minusDays(3);
        missions.schedule(id, staff, new Mission.Schedule(day, DeliveryMode.ON_SITE, BigDecimal.ONE), advisor);
        missions.hold(id, staff, day, BigDecimal.ONE);
        ReportDraft draft = new ReportDraft();
        draft.getNeeds().put("security", "Sauvegardes jamais testées");
        draft.setRecommendations("Sauvegarde externalisée chiffrée");
        missions.saveReport(id, staff, draft);
        missions.submitReport(id, staff);
        missions.validateReport(id, staff);
        missions.deliver(id, staff);
        return id;
    }

    private Registration aRegistration() {
        var start = LocalDate.now(PARIS).plusDays(20).atTime(9, 30).atZone(PARIS).toInstant();
        long conference = conferences.create("cybermassif", new ConferenceDetails(ConferenceKind.WORKSHOP,
                LocalizedText.of(Language.PT, "Oficina de cópias de segurança " + unique),
                LocalizedText.of(Language.PT, "Uma manhã prática."), List.of(), List.of("security"), List.of(Language.PT),
                ConferenceFormat.IN_PERSON, "Sala 2", "Place de Jaude", "63000", "Clermont-Ferrand", Country.FR, null, null, PARIS,
                start, start.plusSeconds(7200), 20, null, null, null));
        conferences.publish(conference);
        RegistrationOutcome outcome = registrations.register(conference, new Registrant(new NewOrganisation(OrganisationKind.COMPANY,
                "Padaria Lopes " + unique, null, Country.PT, null, null, "3000-001", "Coimbra", null, 3, null, 2015, false, null,
                List.of(), null), new Person("Rui", "Lopes", null, "rui." + unique + "@example.org", null, Language.PT), false));
        return ((RegistrationOutcome.Confirmed) outcome).registration();
    }

    private static void answer(Page page, String question) {
        page.locator("#question-" + question).getByLabel("Non", new Locator.GetByLabelOptions().setExact(true)).check();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String url(String path) {
        return path.startsWith("http") ? path : "http://localhost:" + port + path;
    }
}
