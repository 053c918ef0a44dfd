package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Dashboard;
import eu.cybersudoe.monitoring.IndicatorEntries;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.WithSignedInUser;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A closed edition downloaded as XLSX by a programme officer and read back with Apache POI. */
@WithSignedInUser(role = Role.PROGRAMME_OFFICER)
@WebMvcTest(EditionExportController.class)
@org.springframework.context.annotation.Import(EditionWorkbook.class)
class EditionExportTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Monitoring monitoring;

    @MockitoBean
    IndicatorEntries entries;

    @MockitoBean
    eu.cybersudoe.shared.documents.PdfDocuments pdfs;

    @Test
    void oneSheetPerKindWithTheNetworkAndEachPartnerTargetsValuesRatesAndComments() throws Exception {
        Dashboard network = frozen(IndicatorsControllerTest.dashboard(Optional.empty()));
        when(monitoring.dashboard(eq(1), eq(0), eq(Optional.empty()))).thenReturn(Optional.of(network));
        Partner burgos = IndicatorsControllerTest.PARTNERS.stream().filter(p -> p.id().value().equals("ceei-burgos")).findFirst().orElseThrow();
        when(monitoring.dashboard(eq(1), eq(0), eq(Optional.of(burgos.id()))))
                .thenReturn(Optional.of(frozen(IndicatorsControllerTest.dashboard(Optional.of(burgos)))));
        when(entries.ofPartner(any(PartnerId.class), anyInt())).thenReturn(List.of());
        when(entries.ofPartner(burgos.id(), 1)).thenReturn(List.of(new IndicatorEntries.Entry(5, "conferences-held", burgos.id(), 1,
                BigDecimal.ONE, "=HYPERLINK(\"x\") counted from the sign-in sheets", IndicatorEntries.State.VALIDATED, 1, "M",
                Instant.EPOCH, 2L, "A", Instant.EPOCH, null)));

        byte[] body = mvc.perform(get("/fr/office/indicators/editions/1/xlsx"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("indicateurs-semestre-1-revision-2.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            Sheet outputs = workbook.getSheet("Indicateurs de réalisation");
            assertThat(outputs.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Indicateur");
            Row first = outputs.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Réunions de sensibilisation tenues");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Tout le réseau (consolidé)");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(180.0);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(45.0);
            assertThat(first.getCell(5).getStringCellValue()).contains("25");
            assertThat(outputs.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Pas encore mesuré");
            Row burgosConferences = outputs.getRow(3);
            assertThat(burgosConferences.getCell(1).getStringCellValue()).isEqualTo("CEEI Burgos");
            assertThat(burgosConferences.getCell(3).getNumericCellValue()).isEqualTo(5.0);
            assertThat(burgosConferences.getCell(6).getStringCellValue()).startsWith("'=HYPERLINK");
        }
    }

    private static Dashboard frozen(Dashboard live) {
        List<Dashboard.Line> lines = new ArrayList<>(live.lines());
        return new Dashboard(EditionPagesTest.FIRST, EditionPagesTest.FIRST.end(), live.partner(), live.partners(), lines,
                List.of(EditionPagesTest.FIRST), Optional.of(EditionPagesTest.REVISED));
    }
}
