package eu.cybersudoe.companies.imports.web;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.InflatingWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The import pages through the web: refusals in the reader's language, mapping, scope, downloads. */
@DatabaseTest
@AutoConfigureMockMvc
class ImportPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileOfBadShapeIsRefusedWithAClearMessageAndTheFormKept() throws Exception {
        RequestPostProcessor manager = person(Role.PARTNER_MANAGER, "cybermassif", Language.FR);
        mvc.perform(multipart("/fr/office/imports/new").file(new MockMultipartFile("file", "rapport.pdf", "application/pdf",
                                "%PDF-1.7\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1)))
                        .param("consentSource", "Salon de l'entreprise").param("lawfulBasis", "CONSENT").with(manager).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce fichier n'est ni un fichier CSV ni un classeur Excel XLSX.")))
                .andExpect(content().string(containsString("value=\"Salon de l&#39;entreprise\"")));
        mvc.perform(multipart("/fr/office/imports/new").param("consentSource", "").with(manager).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez un fichier : celui-ci est vide.")));
    }

    @Test
    void anInflatingWorkbookAndAHeaderOnlyFileAreRefusedInTheReadersLanguage() throws Exception {
        RequestPostProcessor manager = person(Role.PARTNER_MANAGER, "ciebi", Language.PT);
        mvc.perform(multipart("/pt/office/imports/new").file(new MockMultipartFile("file", "clientes.xlsx", "application/octet-stream",
                                InflatingWorkbook.of(1536))).param("consentSource", "feira").with(manager).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Este ficheiro é recusado: depois de descomprimido excederia 1024 MB")));
        mvc.perform(multipart("/es/office/imports/new").file(new MockMultipartFile("file", "vacio.csv", "text/csv",
                                "Razón social;CIF/NIF\n;\n".getBytes(StandardCharsets.UTF_8))).param("consentSource", "feria")
                        .with(person(Role.PARTNER_MANAGER, "leitat", Language.ES)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Este archivo solo tiene la fila de encabezado")));
    }

    @Test
    void everyRejectedRowIsListedPageByPageWithItsNameAndTheCsvNeutralisesFormulas() throws Exception {
        RequestPostProcessor manager = person(Role.PARTNER_MANAGER, "transferts-lr", Language.FR);
        StringBuilder csv = new StringBuilder("Raison sociale;SIREN;Courriel\n");
        for (int i = 1; i <= 23; i++) {
            csv.append("Rejetée ").append(i).append(";123;\n");
        }
        csv.append("=HYPERLINK(\"http://example.com\");456;pas-une-adresse\n");
        String location = mvc.perform(multipart("/fr/office/imports/new").file(new MockMultipartFile("file", "rejets.csv", "text/csv",
                                csv.toString().getBytes(StandardCharsets.UTF_8))).param("defaultCountry", "FR").param("consentSource", "salon")
                        .with(manager).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location).param("column-0", "LEGAL_NAME").param("column-1", "IDENTIFIER").param("column-2", "EMAIL")
                .with(manager).with(csrf())).andExpect(status().is3xxRedirection());
        String show = location.replace("/mapping", "");
        for (int i = 0; i < 100 && jdbc.sql("select status from import_job where id = ?").param(Long.parseLong(show.replaceAll("\\D", "")))
                .query(String.class).single().matches("QUEUED|RUNNING"); i++) {
            Thread.sleep(50);
        }

        mvc.perform(get(show).with(manager))
                .andExpect(content().string(containsString("<td>2</td><td>Rejetée 1</td>")))
                .andExpect(content().string(containsString("Page 1 sur 2")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Rejetée 21<"))));
        mvc.perform(get(show + "?page=2").with(manager))
                .andExpect(content().string(containsString("<td>22</td><td>Rejetée 21</td>")))
                .andExpect(content().string(containsString("<td>25</td><td>=HYPERLINK")));
        mvc.perform(get(show + "/left-rows.csv").with(manager))
                .andExpect(content().string(containsString("'=HYPERLINK(\"\"http://example.com\"\")")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(";=HYPERLINK"))));
    }

    @Test
    void valuesLeftOutOfImportedRowsAreCountedListedPageByPageAndDownloadedInPortuguese() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        RequestPostProcessor manager = person(Role.PARTNER_MANAGER, "ciebi", Language.PT);
        StringBuilder csv = new StringBuilder("Designação social;Código Postal;Morada\n");
        for (int i = 1; i <= 22; i++) {
            csv.append("Loja ").append(i).append(' ').append(tag).append(";ABCD;Rua ").append(i).append('\n');
        }
        csv.append("=HYPERLINK(\"http://example.com\") ").append(tag).append(";=1+2;Rua 23\n");
        long id = importAndWait(manager, csv.toString());
        String show = "/pt/office/imports/" + id;

        mvc.perform(get(show).with(manager))
                .andExpect(content().string(containsString("<dt>Importadas com avisos</dt><dd>23</dd>")))
                .andExpect(content().string(containsString("Valores deixados de fora das linhas importadas")))
                .andExpect(content().string(containsString("<td>2</td><td>Loja 1 " + tag + "</td><td>Código postal</td><td>O código postal ABCD não permite")))
                .andExpect(content().string(containsString("Página 1 de 2")))
                .andExpect(content().string(containsString(show + "/warnings.csv")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Loja 21 " + tag))));
        mvc.perform(get(show + "?warnings=2").with(manager))
                .andExpect(content().string(containsString("<td>22</td><td>Loja 21 " + tag + "</td>")))
                .andExpect(content().string(containsString("<td>24</td><td>=HYPERLINK")));
        assertThat(jdbc.sql("select count(*) from organisation where legal_name like ?").param("%" + tag).query(Long.class).single())
                .isEqualTo(23);
        mvc.perform(get(show + "/warnings.csv").with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Designação social;Código Postal;Morada;Linha;Campo;Motivo")))
                .andExpect(content().string(containsString("\"'=HYPERLINK(\"\"http://example.com\"\") " + tag + "\";'=1+2;Rua 23;24;Código postal;")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(";=1+2"))));
        mvc.perform(get(show + "/warnings.csv").with(person(Role.PARTNER_MANAGER, "cybermassif", Language.PT)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aProbableDuplicateIsComparedSideBySideAndLinkedInPortuguese() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long first = importAndWait(person(Role.PARTNER_MANAGER, "ciebi", Language.PT),
                "Designação social;Código Postal;Morada\nPastelaria " + tag + ";1300-085;Rua de Belém 84\n");
        RequestPostProcessor manager = person(Role.PARTNER_MANAGER, "cederna-garalur", Language.PT);
        long second = importAndWait(manager, "Designação social;Código Postal;Morada\nPastelaria " + tag + " Lda;1300-085;Rua de Belém 86\n");
        assertThat(first).isNotEqualTo(second);

        mvc.perform(get("/pt/office/imports/" + second + "/review").with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<th scope=\"col\">Esta linha</th>")))
                .andExpect(content().string(containsString("<td>Rua de Belém 86</td>")))
                .andExpect(content().string(containsString("<td>Rua de Belém 84 <strong>(difere)</strong></td>")))
                .andExpect(content().string(containsString("Fichas relacionadas: manter ambas e ligá-las")));
        long rowId = jdbc.sql("select id from import_row where job_id = ?").param(second).query(Long.class).single();
        mvc.perform(post("/pt/office/imports/" + second + "/review/" + rowId).param("decision", "link").with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/pt/office/imports/" + second + "/review/" + rowId).param("decision", "bogus").with(manager).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select resolution from import_row where id = ?").param(rowId).query(String.class).single()).isEqualTo("LINKED");
    }

    private long importAndWait(RequestPostProcessor manager, String csv) throws Exception {
        String location = mvc.perform(multipart("/pt/office/imports/new").file(new MockMultipartFile("file", "clientes.csv", "text/csv",
                                csv.getBytes(StandardCharsets.UTF_8))).param("defaultCountry", "PT").param("consentSource", "feira")
                        .with(manager).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location).param("column-0", "LEGAL_NAME").param("column-1", "POSTCODE").param("column-2", "ADDRESS")
                .with(manager).with(csrf())).andExpect(status().is3xxRedirection());
        long id = Long.parseLong(location.replaceAll("\\D+(\\d+)\\D+", "$1"));
        for (int i = 0; i < 200 && jdbc.sql("select status from import_job where id = ?").param(id).query(String.class).single()
                .matches("QUEUED|RUNNING"); i++) {
            Thread.sleep(50);
        }
        return id;
    }

    @Test
    void aFileIsMappedStartedAndKeptToItsPartner() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        RequestPostProcessor manager = person(Role.PARTNER_MANAGER, "transferts-lr", Language.EN);
        String csv = "Raison sociale;Code postal;Téléphone\nAtelier " + tag + ";34000;0467000000\n";
        String location = mvc.perform(multipart("/en/office/imports/new").file(new MockMultipartFile("file", "atelier.csv", "text/csv",
                                csv.getBytes(StandardCharsets.UTF_8))).param("defaultCountry", "FR").param("consentSource", "fair")
                        .with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/en/office/imports/\\d+/mapping");
        long id = Long.parseLong(location.replaceAll("\\D+(\\d+)\\D+", "$1"));

        mvc.perform(get(location).with(manager))
                .andExpect(content().string(containsString("Atelier " + tag)))
                .andExpect(content().string(containsString("<option value=\"LEGAL_NAME\" selected>Legal name</option>")));
        mvc.perform(post(location).param("column-2", "PHONE").with(manager).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose at least the column holding the company name")));
        mvc.perform(post(location).param("column-0", "LEGAL_NAME").param("column-1", "POSTCODE").param("column-2", "PHONE")
                        .with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection());

        RequestPostProcessor other = person(Role.PARTNER_MANAGER, "leitat", Language.ES);
        mvc.perform(get("/es/office/imports/" + id).with(other)).andExpect(status().isForbidden());
        mvc.perform(get("/es/office/imports/" + id + "/file").with(other)).andExpect(status().isForbidden());
        mvc.perform(get("/es/office/imports").with(other)).andExpect(content().string(org.hamcrest.Matchers.not(
                containsString("atelier.csv"))));
        mvc.perform(get("/en/office/imports").with(manager)).andExpect(content().string(containsString("atelier.csv")));
        mvc.perform(get("/en/office/imports/" + id + "/file").with(manager))
                .andExpect(header().string("Content-Disposition", containsString("atelier.csv")))
                .andExpect(content().bytes(csv.getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get("/en/office/imports/" + id + "/left-rows.csv").with(manager))
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(content().string(containsString("Raison sociale;Code postal;Téléphone;Row;Outcome;Reason")));
        mvc.perform(get("/en/office/imports").with(person(Role.ADVISOR, "transferts-lr", Language.EN))).andExpect(status().isForbidden());
    }

    private RequestPostProcessor person(Role role, String partner, Language language) {
        String email = role.name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.createConfirmed(email, "Person", "{noop}import-pages", role, partner, language);
        return user(users.loadUserByUsername(email));
    }
}
