package eu.cybersudoe.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A network admin writes an issue in English and French, previews it, sends a test copy and launches it. */
@BrowserTest
class NewsletterBrowserTest {

    static final String PASSWORD = "a rather long password";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    String admin;
    String tom;

    @BeforeEach
    void anAdminAndTwoSubscribers() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        admin = "admin." + unique + "@example.org";
        accounts.createConfirmed(admin, "Network Admin", "{noop}" + PASSWORD, Role.NETWORK_ADMIN, "cybermassif", Language.EN);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into organisation (kind, legal_name, name_key, country, woman_led, micro, priority_sector, "
                + "young_woman_led, tags, created_at, updated_at, version) values ('COMPANY', ?, ?, 'FR', false, false, false, "
                + "false, '', ?, ?, 0)").params("Fromagerie " + unique, "fromagerie " + unique, now, now).update();
        long organisation = jdbc.sql("select id from organisation where legal_name = ?").param("Fromagerie " + unique)
                .query(Long.class).single();
        for (String name : new String[] {"claire", "tom"}) {
            String email = name + "." + unique + "@example.org";
            if (name.equals("tom")) {
                tom = email;
            }
            jdbc.sql("insert into contact (organisation_id, first_name, email, email_key, language, newsletter_consent, "
                            + "invitation_consent, created_at, updated_at, version) values (?, ?, ?, ?, ?, true, false, ?, ?, 0)")
                    .params(organisation, name, email, email, name.equals("claire") ? "fr" : "en", now, now).update();
        }
    }

    @Test
    void composesPreviewsTestSendsAndLaunchesAnIssue(Page page) {
        page.navigate(url("/en/login"));
        page.getByLabel("E-mail address").fill(admin);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        BrowserSupport.throughOneTimeCodeSetUp(page);
        assertThat(page).hasURL(url("/en/office"));

        page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Newsletter").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Issue 1").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Issue 1");

        write(page, "English", "Five ways to protect your shop", "Back up **every week**.");
        write(page, "Français", "Cinq façons de protéger votre boutique", "Sauvegardez **chaque semaine**.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Preview")).first().click();
        page.locator("main #language").selectOption("fr");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        assertThat(page.locator("#preview-subject")).hasText("Cinq façons de protéger votre boutique");
        assertThat(page.frameLocator("#preview-frame").locator("strong")).hasText("chaque semaine");
        assertThat(page.locator("pre.newsletter-text")).containsText("Bonjour Camille,");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to issue 1")).click();

        page.getByLabel("Addresses").fill(admin);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the test copy")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("The test copies have been sent.");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve this issue")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("The issue is approved.");
        // the audience is every consenting address of the registry: this test's two subscribers and
        // those other tests of the same application left
        long audience = jdbc.sql("select count(distinct email_key) from contact where newsletter_consent and erased_at is null")
                .query(Long.class).single();
        org.assertj.core.api.Assertions.assertThat(audience).isGreaterThanOrEqualTo(2);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send now")).click();
        // the confirmation: the audience by language, Claire reads the French version, Tom the English one
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Check the audience of issue 1");
        assertThat(page.locator("#launch-total")).hasText(String.format(java.util.Locale.ENGLISH, "%,d", audience));
        assertThat(page.locator("#launch-languages")).containsText("Français");
        assertThat(page.locator("#launch-address")).containsText("10 allée Évariste Galois");
        // other tests left readers of Spanish and Portuguese, which have no version: sending needs a waiver
        for (Locator waiver : page.locator("input[name=waive]").all()) {
            waiver.check();
        }
        page.getByLabel("I checked the audience").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send now")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("The issue is being sent.");
        assertThat(page.locator("#count-delivered")).hasText(String.valueOf(audience), new com.microsoft.playwright.assertions
                .LocatorAssertions.HasTextOptions().setTimeout(20_000));
        assertThat(page.locator("#count-total")).hasText(String.valueOf(audience));

        // a node stopped while handing Tom's copy to the relay: it is uncertain, listed for a decision
        jdbc.sql("update newsletter_send set state = 'UNCERTAIN', uncertain_closed = false where email = ? and issue_id = "
                + "(select id from newsletter_issue where number = 1)").param(tom).update();
        page.reload();
        assertThat(page.locator("#uncertain-copies")).containsText(tom);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close without sending")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("The uncertain copies are closed: they will not be sent again.");
        assertThat(page.locator("#uncertain-decisions")).containsText("1 copy closed without sending by Network Admin");
    }

    private void write(Page page, String language, String subject, String body) {
        page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(language))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Write")).click();
        page.getByLabel("Subject").fill(subject);
        page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill(body);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("The language version has been saved.");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
