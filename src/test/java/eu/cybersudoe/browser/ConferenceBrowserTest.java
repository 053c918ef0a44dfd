package eu.cybersudoe.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.conferences.ConferenceKind;
import eu.cybersudoe.conferences.internal.CheckInLinks;
import eu.cybersudoe.conferences.internal.ConferenceDetails;
import eu.cybersudoe.conferences.internal.ConferenceFormat;
import eu.cybersudoe.conferences.internal.ConferenceOffice;
import eu.cybersudoe.conferences.internal.Registration;
import eu.cybersudoe.conferences.internal.RegistrationStore;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A visitor finds a conference in Portuguese and registers; a partner manager checks them in with the signed link. */
@BrowserTest
class ConferenceBrowserTest {

    static final String PASSWORD = "uma palavra-passe bastante longa";
    static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    ConferenceOffice office;
    @Autowired
    RegistrationStore registrations;
    @Autowired
    CheckInLinks links;

    String manager;
    String title;
    long conferenceId;

    @BeforeEach
    void aPublishedConferenceInCoimbra() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        manager = "gestor." + unique + "@example.org";
        accounts.createConfirmed(manager, "Gestor do Cybermassif", "{noop}" + PASSWORD, Role.PARTNER_MANAGER, "cybermassif", Language.PT);
        title = "Proteger a sua loja online " + unique;
        var start = LocalDate.now(LISBON).plusDays(12).atTime(10, 0).atZone(LISBON).toInstant();
        conferenceId = office.create("cybermassif", new ConferenceDetails(ConferenceKind.AWARENESS_CONFERENCE,
                new LocalizedText(Map.of(Language.PT, title, Language.FR, "Protéger sa boutique en ligne " + unique), Language.PT),
                LocalizedText.of(Language.PT, "Uma manhã prática sobre segurança no comércio eletrónico."), List.of(),
                List.of("security"), List.of(Language.PT), ConferenceFormat.IN_PERSON, "Auditório", "Rua Larga 1", "3000-001",
                "Coimbra", Country.PT, "PT16", null, LISBON, start, start.plusSeconds(7200), 25, null, null, null));
        office.publish(conferenceId);
    }

    @Test
    void aVisitorRegistersInPortugueseAndStaffCheckThemIn(Page page) {
        page.navigate(url("/pt/"));
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Navegação principal"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sessões")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(title);
        assertThat(page.locator("main")).containsText("hora de Lisboa");

        String email = "ines." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        page.getByLabel("Nome próprio").fill("Inês");
        page.getByLabel("Apelido").fill("Marques");
        page.getByLabel("Endereço de e-mail").fill(email);
        page.getByLabel("Nome da empresa").fill("Marques & Filhos Lda");
        page.getByLabel("País").selectOption("PT");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inscrever-me")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Está inscrito");

        Registration ines = registrations.of(conferenceId).stream().filter(r -> email.equals(r.email())).findFirst().orElseThrow();
        page.navigate(url("/pt" + links.path(ines)));
        page.getByLabel("Endereço de e-mail").fill(manager);
        page.getByLabel("Palavra-passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Iniciar sessão")).click();

        assertThat(page.locator("main")).containsText("Inês Marques");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registar a presença")).click();
        // the conference is in twelve days: check-in opens on the day, unless staff choose to check in before
        assertThat(page.getByRole(AriaRole.ALERT).last()).containsText("O acolhimento dos participantes abre a");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registar antes do dia")).click();
        assertThat(page.getByRole(AriaRole.STATUS).last()).containsText("Presença registada");
        assertThat(registrations.find(ines.id()).orElseThrow().attended()).isTrue();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
