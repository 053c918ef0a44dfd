package eu.cybersudoe.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.cybersudoe.conferences.ConferenceKind;
import eu.cybersudoe.conferences.internal.ConferenceDetails;
import eu.cybersudoe.conferences.internal.ConferenceFormat;
import eu.cybersudoe.conferences.internal.ConferenceOffice;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A Spanish visitor searches "ciberseguridad" from the header's box, keeps Spain's results and opens a conference. */
@BrowserTest
class SearchBrowserTest {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @LocalServerPort
    int port;
    @Autowired
    ConferenceOffice office;

    private long publish(String title, String city, Country country, String postcode, String region) {
        var start = LocalDate.now(MADRID).plusDays(15).atTime(10, 0).atZone(MADRID).toInstant();
        long id = office.create("ceei-burgos", new ConferenceDetails(ConferenceKind.AWARENESS_CONFERENCE,
                new LocalizedText(Map.of(Language.ES, title), Language.ES),
                LocalizedText.of(Language.ES, "Una mañana de ciberseguridad para las pymes."), List.of(),
                List.of("security"), List.of(Language.ES), ConferenceFormat.IN_PERSON, "Auditorio", null, postcode,
                city, country, region, null, MADRID, start, start.plusSeconds(7200), 25, null, null, null));
        office.publish(id);
        return id;
    }

    @Test
    void aSpanishVisitorSearchesFiltersByCountryAndOpensAConference(Page page) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String spanish = "Ciberseguridad en Burgos " + unique;
        String french = "Ciberseguridad en Toulouse " + unique;
        publish(spanish, "Burgos", Country.ES, "09001", "ES41");
        publish(french, "Toulouse", Country.FR, "31000", "FRJ2");

        page.navigate("http://localhost:" + port + "/es/");
        page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Buscar en el sitio")).fill("ciberseguridad " + unique);
        page.getByRole(AriaRole.SEARCH).getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Buscar")).first().click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(spanish))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(french))).isVisible();
        assertThat(page.locator("mark").first()).isVisible();

        page.locator("#facet-country").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("España")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(french))).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(spanish)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(spanish);
    }
}
