package eu.cybersudoe.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A partner manager, in Portuguese, imports an XLSX workbook whose activity codes are CAE-Rev.3
 * subclasses of five digits, reviews the probable duplicate it holds side by side and merges it,
 * then finds a company by its VAT number typed with spaces.
 */
@BrowserTest
class RegistryBrowserTest {

    static final String PASSWORD = "uma palavra-passe bastante longa";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    @Test
    void importsCaeSubclassesReviewsADuplicateAndFindsACompanyByItsVatNumber(Page page) throws IOException {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String manager = "registo." + unique + "@example.org";
        accounts.createConfirmed(manager, "Gestora do Porto", "{noop}" + PASSWORD, Role.PARTNER_MANAGER, "ciebi", Language.PT);
        String hotel = nipc();
        String sameHotel = nipc();
        String pastry = nipc();
        byte[] workbook = workbook(List.of(
                List.of("Designação social", "NIPC", "CAE Rev.3", "Código Postal", "Localidade", "Distrito", "E-mail"),
                List.of("Hotel Miradouro " + unique + " Lda", hotel, "55111", "4000-123", "Porto", "Porto", "reservas." + unique + "@example.pt"),
                List.of("Hotel Miradouro " + unique, sameHotel, "55112", "4000-123", "Porto", "Porto", ""),
                List.of("Pastelaria Ribeira " + unique, pastry, "10711", "4050-513", "Porto", "Porto", "")));

        page.navigate(url("/pt/login"));
        page.getByLabel("Endereço de e-mail").fill(manager);
        page.getByLabel("Palavra-passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Iniciar sessão")).click();
        page.navigate(url("/pt/office/imports/new"));
        page.getByLabel("Ficheiro", new Page.GetByLabelOptions().setExact(true)).setInputFiles(new FilePayload("clientes.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook));
        page.getByLabel("País das empresas").selectOption("PT");
        page.getByLabel("Onde foram recolhidos os consentimentos").fill("Feira de 2025");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enviar e associar as colunas")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Associar as colunas");
        assertThat(page.getByLabel("NIPC")).hasValue("IDENTIFIER");
        assertThat(page.getByLabel("CAE Rev.3")).hasValue("ACTIVITY_CODE");
        assertThat(page.locator("main")).containsText("Não importadas porque o registo as deduz do código postal: Distrito.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Iniciar a importação")).click();

        assertThat(page.locator("#import-progress")).containsText("Concluída", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verificar o duplicado provável")).click();
        assertThat(page.locator("table.comparison")).containsText(sameHotel);
        assertThat(page.locator("table.comparison")).containsText(hotel);
        assertThat(page.locator("table.comparison")).containsText("(difere)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mesma empresa: fundir")).click();
        assertThat(page.locator("main")).containsText("A linha foi fundida com a empresa.");
        assertThat(page.locator("main")).containsText("Fundida com a empresa acima.");

        page.navigate(url("/pt/office/companies"));
        page.getByLabel("Pesquisa", new Page.GetByLabelOptions().setExact(true)).fill("PT " + pastry.substring(0, 3) + " "
                + pastry.substring(3, 6) + " " + pastry.substring(6));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pesquisar").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pastelaria Ribeira " + unique)).click();
        assertThat(page.locator("main")).containsText("10711");
        assertThat(page.locator("main")).containsText("Manufacture of bread; manufacture of fresh pastry goods and cakes");

        page.navigate(url("/pt/office/companies?q=" + hotel));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hotel Miradouro " + unique + " Lda")).click();
        assertThat(page.locator("main")).containsText("Hotels and similar accommodation");
        assertThat(page.locator("main")).containsText(sameHotel);
    }

    /** A valid NIPC of a company (first digit 5), with its mod-11 check digit. */
    private static String nipc() {
        String digits = "5" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * (9 - i);
        }
        int rest = sum % 11;
        return digits + (rest < 2 ? 0 : 11 - rest);
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Clientes");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
        }
        return out.toByteArray();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
