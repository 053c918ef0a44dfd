package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.CompanyRegistryTestSupport;
import eu.cybersudoe.companies.internal.OrganisationSearch;
import eu.cybersudoe.companies.internal.SearchCriteria;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.InflatingWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Activity codes in partners' files: a code the classification does not know never leaves a
 * company out; it is kept, counted in the import and found by the registry's filter. And a
 * workbook that inflates is refused at the upload, on H2 and PostgreSQL.
 */
@DatabaseTest
class ImportedActivityCodesTest {

    @Autowired
    Imports imports;
    @Autowired
    OrganisationSearch search;
    @Autowired
    JdbcClient jdbc;
    ImportTestFiles files;

    @BeforeEach
    void files() {
        files = new ImportTestFiles(imports, jdbc);
    }

    @Test
    void unknownActivityCodesAreKeptFlaggedCountedAndFound() {
        String tag = ImportTestFiles.unique();
        String known = CompanyRegistryTestSupport.uniqueSiren();
        String unknown = CompanyRegistryTestSupport.uniqueSiren();
        String garbled = CompanyRegistryTestSupport.uniqueSiren();
        String csv = """
                Raison sociale;SIREN;Code postal;Code APE
                Maçonnerie %1$s;%2$s;63000;41.20B
                Charpente %1$s;%3$s;63000;41.20Z
                Atelier %1$s;%4$s;63000;code inconnu
                Sans nom %1$s;123;63000;41.20A
                """.formatted(tag, known, unknown, garbled);

        ImportJob job = files.importFile("codes.csv", csv.getBytes(StandardCharsets.UTF_8), "cybermassif", Country.FR);

        assertThat(job.created()).isEqualTo(3);
        assertThat(job.rejected()).as("only the invalid identifier leaves a row out").isEqualTo(1);
        assertThat(job.unknownActivity()).isEqualTo(2);
        assertThat(codeAndClass(known)).containsEntry("activity_code", "41.20B").containsEntry("nace_class", "41.20");
        assertThat(codeAndClass(unknown)).containsEntry("activity_code", "41.20Z").containsEntry("nace_class", null);
        assertThat(codeAndClass(garbled)).containsEntry("activity_code", "code inconnu").containsEntry("nace_class", null);

        SearchCriteria flagged = SearchCriteria.fromParameters(Map.of("q", tag, "activity", "1"));
        assertThat(search.search(flagged, OrganisationSearch.Scope.partner("cybermassif"), 1).rows())
                .allSatisfy(row -> assertThat(row.unknownActivity()).isTrue())
                .extracting(OrganisationSearch.Row::legalName).containsExactlyInAnyOrder("Charpente " + tag, "Atelier " + tag);
        assertThat(search.search(SearchCriteria.fromParameters(Map.of("q", tag)), OrganisationSearch.Scope.partner("cybermassif"), 1).rows())
                .filteredOn(row -> row.legalName().startsWith("Maçonnerie")).singleElement()
                .satisfies(row -> assertThat(row.unknownActivity()).isFalse());
        assertThat(flagged.toParameters()).containsEntry("activity", "1");
    }

    @Test
    void aWorkbookThatInflatesIsRefusedAtTheUploadWithItsReason() throws IOException {
        byte[] bomb = InflatingWorkbook.of(1536);
        long before = files.count("import_job");

        assertThatThrownBy(() -> files.upload("clients.xlsx", bomb, "cybermassif", Country.FR))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("uploads.refused.expands");
                    assertThat(refused.arguments()).containsExactly("1024");
                });
        assertThat(files.count("import_job")).isEqualTo(before);
    }

    private Map<String, Object> codeAndClass(String siren) {
        return jdbc.sql("select activity_code, nace_class from organisation where identifier = ?").param(siren).query().singleRow();
    }
}
