package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.CompanyRegistryTestSupport;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Only a missing name or an invalid identifier leaves a row out of an import: an e-mail address,
 * a postcode no region places, a creation year, a size band or a website the registry refuses is
 * left out, the company created or merged without it, and the value listed as a warning with its
 * row, field and reason, on H2 and PostgreSQL.
 */
@DatabaseTest
class ImportWarningsTest {

    private static final String HEADER = "Raison sociale;SIREN;Code postal;Courriel;Année;Effectif;Site\n";
    private static final ColumnMapping MAPPING = new ColumnMapping(Map.of(0, ImportField.LEGAL_NAME, 1, ImportField.IDENTIFIER,
            2, ImportField.POSTCODE, 3, ImportField.EMAIL, 4, ImportField.CREATION_YEAR, 5, ImportField.SIZE_BAND,
            6, ImportField.WEBSITE));

    @Autowired
    Imports imports;
    @Autowired
    LeftRows leftRows;
    @Autowired
    JdbcClient jdbc;
    ImportTestFiles files;

    @BeforeEach
    void files() {
        files = new ImportTestFiles(imports, jdbc);
    }

    @Test
    void eachRefusedValueIsLeftOutTheCompanyImportedAndTheValueListedAsAWarning() {
        String tag = ImportTestFiles.unique();
        List<String> sirens = java.util.stream.IntStream.range(0, 8).mapToObj(i -> CompanyRegistryTestSupport.uniqueSiren()).toList();
        String csv = HEADER + """
                Courriel %1$s;%2$s;63000;pas-une-adresse;2015;10 à 19;www.courriel.fr
                Code postal %1$s;%3$s;99999;cp-%1$s@example.fr;2015;;
                Année %1$s;%4$s;63000;;l'an dernier;;
                Ancienne %1$s;%5$s;63000;;1750;;
                Tranche %1$s;%6$s;63000;;;beaucoup;
                Site %1$s;%7$s;63000;;;;pas un site
                Plusieurs %1$s;%8$s;99999;@;;;pas un site
                Courriel encore %1$s;%2$s;63000;;;;http://
                Faux %1$s;123;63000;pas-une-adresse;;;
                ;%9$s;63000;;;;
                """.formatted(tag, sirens.get(0), sirens.get(1), sirens.get(2), sirens.get(3), sirens.get(4), sirens.get(5),
                sirens.get(6), sirens.get(7));
        ImportJob job = files.upload("avertissements.csv", csv.getBytes(StandardCharsets.UTF_8), "cybermassif", Country.FR);
        imports.start(job, MAPPING);
        ImportJob done = files.awaitDone(job.id());

        assertThat(List.of(done.created(), done.merged(), done.review(), done.rejected(), done.warned()))
                .as("created, merged, review, rejected, imported with warnings").containsExactly(7L, 1L, 0L, 2L, 8L);
        assertThat(leftRows.of(done, RowOutcome.REJECTED, 1, 10)).extracting(LeftRow::rowNumber, LeftRow::reasonKey)
                .containsExactly(tuple(10L, "identifier.checksum"), tuple(11L, "companies.import.row.noName"));
        assertThat(leftRows.warningCount(done)).isEqualTo(10);
        assertThat(leftRows.warnings(done, 1, 20)).extracting(ImportWarning::rowNumber, ImportWarning::field, ImportWarning::reasonKey)
                .containsExactly(
                        tuple(2L, "email", "companies.import.row.email"),
                        tuple(3L, "postcode", "classification.postcode.unplaced.FR"),
                        tuple(4L, "creationYear", "companies.import.row.year"),
                        tuple(5L, "creationYear", "companies.creationYear.range"),
                        tuple(6L, "sizeBand", "classification.sizeBand.unreadable"),
                        tuple(7L, "website", "companies.website.invalid"),
                        tuple(8L, "email", "companies.import.row.email"),
                        tuple(8L, "postcode", "classification.postcode.unplaced.FR"),
                        tuple(8L, "website", "companies.website.invalid"),
                        tuple(9L, "website", "companies.website.invalid"));
        assertThat(leftRows.warnings(done, 1, 20).getFirst().reasonArguments()).containsExactly("pas-une-adresse");
        assertThat(done.legalNameIn(leftRows.warnings(done, 1, 20).get(1))).isEqualTo("Code postal " + tag);

        assertThat(organisation(sirens.get(0))).as("only the e-mail address is left out")
                .containsEntry("postcode", "63000").containsEntry("nuts2", "FRK1").containsEntry("creation_year", 2015)
                .containsEntry("size_class", "SMALL").containsEntry("website", "https://www.courriel.fr");
        assertThat(jdbc.sql("select count(*) from contact c join organisation o on o.id = c.organisation_id where o.identifier = ?")
                .param(sirens.get(0)).query(Long.class).single()).as("no contact without name nor valid address").isZero();
        assertThat(organisation(sirens.get(1))).containsEntry("postcode", null).containsEntry("nuts2", null);
        assertThat(jdbc.sql("select c.email from contact c join organisation o on o.id = c.organisation_id where o.identifier = ?")
                .param(sirens.get(1)).query(String.class).list()).containsExactly("cp-" + tag + "@example.fr");
        assertThat(organisation(sirens.get(2))).containsEntry("creation_year", null).containsEntry("postcode", "63000");
        assertThat(organisation(sirens.get(3))).containsEntry("creation_year", null);
        assertThat(organisation(sirens.get(4))).containsEntry("size_class", null);
        assertThat(organisation(sirens.get(5))).containsEntry("website", null).containsEntry("nuts2", "FRK1");
        assertThat(organisation(sirens.get(6))).containsEntry("postcode", null).containsEntry("website", null)
                .containsEntry("legal_name", "Plusieurs " + tag);
        assertThat(organisation(sirens.get(0))).as("the merged row's refused website does not replace the one known")
                .containsEntry("legal_name", "Courriel " + tag).containsEntry("website", "https://www.courriel.fr");
    }

    @Test
    void theWarningsDownloadWithTheFileColumnsFieldAndReasonAndFormulasNeutralised() {
        String siren = CompanyRegistryTestSupport.uniqueSiren();
        String csv = HEADER + "=HYPERLINK(\"http://example.com/" + siren + "\");" + siren + ";63000;=1+1;;;\n";
        ImportJob job = files.upload("formules.csv", csv.getBytes(StandardCharsets.UTF_8), "cybermassif", Country.FR);
        imports.start(job, MAPPING);
        ImportJob done = files.awaitDone(job.id());
        assertThat(List.of(done.created(), done.warned())).containsExactly(1L, 1L);

        StringWriter out = new StringWriter();
        leftRows.writeWarningsCsv(done, out, (key, arguments) -> key + arguments, List.of("row", "field", "reason"));
        assertThat(out.toString()).startsWith("Raison sociale;SIREN;Code postal;Courriel;Année;Effectif;Site;row;field;reason")
                .contains("\"'=HYPERLINK(\"\"http://example.com/" + siren + "\"\")\";" + siren + ";63000;'=1+1;;;;2;companies.import.field.EMAIL[];"
                        + "companies.import.row.email[=1+1]")
                .doesNotContain(";=1+1;");
        StringWriter left = new StringWriter();
        leftRows.writeCsv(done, left, (key, arguments) -> key + arguments, List.of("row", "outcome", "reason"));
        assertThat(left.toString()).as("a row imported with a warning is not a left row").doesNotContain(siren);
    }

    @Test
    void aRowSentToReviewRecordsItsWarningsOnceAPersonMergesIt() {
        String tag = ImportTestFiles.unique();
        String siren = CompanyRegistryTestSupport.uniqueSiren();
        ImportJob first = files.upload("premier.csv", (HEADER + "Boulangerie " + tag + ";;63000;;;;\n").getBytes(StandardCharsets.UTF_8),
                "cybermassif", Country.FR);
        imports.start(first, MAPPING);
        files.awaitDone(first.id());
        ImportJob second = files.upload("second.csv", (HEADER + "Boulangerie " + tag + ";" + siren + ";63000;;;;pas un site\n")
                .getBytes(StandardCharsets.UTF_8), "transferts-lr", Country.FR);
        imports.start(second, MAPPING);
        ImportJob reviewed = files.awaitDone(second.id());
        assertThat(List.of(reviewed.review(), reviewed.warned())).as("not imported yet: no warning").containsExactly(1L, 0L);
        assertThat(leftRows.warningCount(reviewed)).isZero();

        LeftRow waiting = leftRows.of(reviewed, RowOutcome.REVIEW, 1, 10).getFirst();
        assertThat(leftRows.resolve(reviewed, waiting.id(), ReviewDecision.MERGE, null)).isEqualTo(RowOutcome.MERGED);

        ImportJob merged = imports.find(second.id()).orElseThrow();
        assertThat(List.of(merged.review(), merged.merged(), merged.warned())).containsExactly(0L, 1L, 1L);
        assertThat(leftRows.warnings(merged, 1, 10)).extracting(ImportWarning::rowNumber, ImportWarning::field)
                .containsExactly(tuple(2L, "website"));
    }

    private Map<String, Object> organisation(String siren) {
        return jdbc.sql("select legal_name, postcode, nuts2, creation_year, size_class, website from organisation where identifier = ?")
                .param(siren).query().singleRow().entrySet().stream()
                .collect(java.util.HashMap::new, (m, e) -> m.put(e.getKey().toLowerCase(java.util.Locale.ROOT), e.getValue()),
                        java.util.HashMap::putAll);
    }
}
