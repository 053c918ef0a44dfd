package eu.cybersudoe.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import eu.cybersudoe.shared.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A visitor reads the site in their language and switches language without losing their place. */
@BrowserTest
class LanguagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @ParameterizedTest
    @EnumSource(Language.class)
    void homePageIsInTheLanguageOfItsAddress(Language language, Page page) {
        Response response = page.navigate(url("/" + language.code() + "/"));

        assertEquals(200, response.status());
        assertThat(page.locator("html")).hasAttribute("lang", language.code());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(text("home.title", language));
        assertThat(page).hasTitle(text("home.title", language) + " · CyberSudoe");
        assertThat(languageLink(page, language, language)).hasAttribute("aria-current", "true");
        assertEquals("object", page.evaluate("typeof htmx"), "htmx is loaded from its webjar");
    }

    @ParameterizedTest(name = "/{0}/legal → /{1}/legal")
    @CsvSource({"fr, es", "es, pt", "pt, en", "en, fr"})
    void languageSwitcherKeepsTheVisitorOnTheSamePage(String from, String to, Page page) {
        Language source = Language.fromCode(from).orElseThrow();
        Language target = Language.fromCode(to).orElseThrow();
        page.navigate(url("/" + from + "/legal"));
        assertThat(page.locator("html")).hasAttribute("lang", from);

        Locator link = languageLink(page, source, target);
        assertThat(link).hasAttribute("hreflang", to);
        link.click();

        assertThat(page).hasURL(url("/" + to + "/legal"));
        assertThat(page.locator("html")).hasAttribute("lang", to);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(text("legal.title", target));
    }

    /** The link to {@code target} in the language switcher of a page in {@code shown}. */
    private Locator languageLink(Page page, Language shown, Language target) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(text("layout.languages", shown)))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                        .setName(text("language." + target.code(), shown)).setExact(true));
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
