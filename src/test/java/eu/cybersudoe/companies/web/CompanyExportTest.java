package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.TestUsers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The company list as CSV and XLSX: same filters and scope as the page, translated headers, values read back. */
@DatabaseTest
@AutoConfigureMockMvc
class CompanyExportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CompanyRegistry registry;

    final String marker = "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    CompanyId register(String name, String partner, String postcode, String activity, Integer employees) {
        Registration registration = registry.register(new NewOrganisation(OrganisationKind.COMPANY, name, null, Country.FR,
                null, null, postcode, null, activity, employees, null, 2024, true, null, List.of(marker)), partner);
        return ((Registration.Registered) registration).id();
    }

    MockHttpServletResponse export(String format, Role role, String partner) throws Exception {
        return mvc.perform(get("/fr/office/companies/export." + format).param("tag", marker)
                        .with(user(TestUsers.user(role, partner))))
                .andExpect(status().isOk()).andReturn().getResponse();
    }

    @Test
    void csvHoldsTheFilteredListWithinTheScope() throws Exception {
        CompanyId bakery = register("Boulangerie Dupont " + marker, "cybermassif", "63000", "10.71C", 4);
        CompanyId formula = register("=HYPERLINK(\"x\") " + marker, "cybermassif", null, null, null);
        register("Ailleurs " + marker, "leitat", null, null, null);

        MockHttpServletResponse response = export("csv", Role.PARTNER_MANAGER, "cybermassif");
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).as("named in the page's language").contains("entreprises.csv");
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();

        assertThat(records.getFirst().toList()).containsExactly("Identifiant", "Raison sociale", "Pays", "Région (NUTS 2)",
                "Secteur", "Taille", "Microentreprise", "Secteur prioritaire", "Jeune entreprise dirigée par une femme", "Partenaires");
        assertThat(records).hasSize(3);
        assertThat(records.get(1).toList()).containsExactly(Long.toString(bakery.value()), "Boulangerie Dupont " + marker, "FR",
                "FRK1", "agri-food", "Microentreprise", "oui", "oui", "oui", "cybermassif");
        assertThat(records.get(2).get(0)).isEqualTo(Long.toString(formula.value()));
        assertThat(records.get(2).get(1)).isEqualTo("'=HYPERLINK(\"x\") " + marker);
    }

    @Test
    void xlsxHoldsTheSameRowsForANetworkAdmin() throws Exception {
        CompanyId first = register("Atelier " + marker, "cybermassif", null, null, 120);
        CompanyId second = register("Bodega " + marker, "leitat", null, null, null);

        MockHttpServletResponse response = export("xlsx", Role.NETWORK_ADMIN, "cybermassif");
        assertThat(response.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Organisations");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Raison sociale");
            assertThat(rows.get(1).getCellAsNumber(0)).hasValueSatisfying(n -> assertThat(n.longValue()).isEqualTo(first.value()));
            assertThat(rows.get(1).getCellText(1)).isEqualTo("Atelier " + marker);
            assertThat(rows.get(1).getCellText(5)).isEqualTo("Moyenne entreprise");
            assertThat(rows.get(2).getCellText(1)).isEqualTo("Bodega " + marker);
            assertThat(rows.get(2).getCellText(9)).isEqualTo("leitat");
            assertThat(second.value()).isPositive();
        }
    }

    @Test
    void companyUsersCannotExport() throws Exception {
        mvc.perform(get("/fr/office/companies/export.csv").with(user(TestUsers.user(Role.COMPANY_USER, null))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/fr/office/companies/export.xlsx").with(user(TestUsers.user(Role.COMPANY_USER, null))))
                .andExpect(status().isForbidden());
    }
}
