package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.CompanyRegistryTestSupport;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.testing.DatabaseTest;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Imports of partners' files end to end, on H2 and PostgreSQL: the file's shape and encoding,
 * every row accounted, duplicates merged, re-imports that change nothing, review, resume.
 * Chunks of three rows make every file span several chunks.
 */
@DatabaseTest
@TestPropertySource(properties = {"cybersudoe.imports.chunk-size=3", "cybersudoe.imports.max-size=64KB",
        "cybersudoe.imports.poll=PT1H"})
class ImportsTest {

    @Autowired
    Imports imports;
    @Autowired
    ImportRunner runner;
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
    void aFrenchSpreadsheetCsvIsReadWithItsAccentsQuotedLineBreaksAndBlankLines() {
        String siren = CompanyRegistryTestSupport.uniqueSiren();
        String other = CompanyRegistryTestSupport.uniqueSiren();
        String tag = ImportTestFiles.unique();
        String csv = """
                Raison sociale;SIREN;Code postal;Ville;Code NAF;Tranche effectif;Date de création;Prénom;Nom de famille;Courriel;Newsletter
                Boulangerie Éclair %1$s;%2$s;63000;Clermont-Ferrand;10.71C;10 à 19;15/03/2019;Hélène;Durand;helene.%1$s@example.fr;oui

                "Menuiserie ""Le Chêne"" %1$s";%3$s;63100;"Clermont
                Ferrand";16.23Z;1 ou 2 salariés;2021;Marc;Roux;marc.%1$s@example.fr;non
                Boulangerie Éclair %1$s;%2$s;63000;Clermont-Ferrand;10.71C;10 à 19;15/03/2019;Hélène;Durand;helene.%1$s@example.fr;oui
                ;;63000;;;;;;;;oui
                Garage %1$s;123 456 789;63000;Clermont-Ferrand;45.20A;3;2020;;;garage.%1$s@example.fr;oui
                """.formatted(tag, spaced(siren), other);
        ImportJob job = files.importFile("clients.csv", csv.getBytes(SheetFormat.WINDOWS_1252), "cybermassif", Country.FR);

        assertThat(job.encoding()).isEqualTo("windows-1252");
        assertThat(job.delimiter()).isEqualTo(";");
        assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(job.rows()).isEqualTo(5);
        assertThat(List.of(job.created(), job.merged(), job.review(), job.rejected())).containsExactly(2L, 1L, 0L, 2L);
        assertThat(job.blankLines()).isEqualTo(1);

        var bakery = jdbc.sql("select legal_name, size_class, creation_year, nuts2, sector_theme from organisation where identifier = ?")
                .param(siren).query().singleRow();
        assertThat(bakery).containsEntry("legal_name", "Boulangerie Éclair " + tag).containsEntry("size_class", "SMALL")
                .containsEntry("creation_year", 2019).containsEntry("nuts2", "FRK1").containsEntry("sector_theme", "agri-food");
        assertThat(jdbc.sql("select city from organisation where identifier = ?").param(other).query(String.class).single())
                .isEqualTo("Clermont\nFerrand");
        var helene = jdbc.sql("select first_name, language, newsletter_consent from contact where email_key = ?")
                .param("helene." + tag + "@example.fr").query().singleRow();
        assertThat(helene).containsEntry("first_name", "Hélène").containsEntry("language", "fr").containsEntry("newsletter_consent", true);
        assertThat(jdbc.sql("""
                        select lawful_basis || ' ' || source_partner_id || ' ' || source from consent_event e join contact c on c.id = e.contact_id
                        where c.email_key = ?""").param("helene." + tag + "@example.fr").query(String.class).list())
                .containsExactly("CONSENT cybermassif import #" + job.id() + " clients.csv: salon 2024");

        List<LeftRow> rejected = leftRows.of(job, RowOutcome.REJECTED, 1, 50);
        assertThat(rejected).extracting(LeftRow::rowNumber).containsExactly(6L, 7L);
        assertThat(rejected).extracting(LeftRow::reasonKey).containsExactly("companies.import.row.noName", "identifier.checksum");
    }

    @Test
    void reimportingTheSameFileWritesNothing() {
        String tag = ImportTestFiles.unique();
        byte[] file = ("Empresa,NIF,Código postal,Email,Boletín\n"
                + "Hotel Mar " + tag + ",,33201,hotel." + tag + "@example.es,sí\n"
                + "Sidrería " + tag + ",,33201,,\n"
                + "Sidrería " + tag + ",,33201,,\n").getBytes(StandardCharsets.UTF_8);
        ImportJob first = files.importFile("hoteles.csv", withBom(file), "camara-gijon", Country.ES);
        assertThat(first.encoding()).isEqualTo("UTF-8");
        assertThat(first.delimiter()).isEqualTo(",");
        assertThat(List.of(first.created(), first.merged(), first.review(), first.rejected())).containsExactly(2L, 1L, 0L, 0L);
        Map<String, Long> before = files.registryCounts();

        ImportJob again = files.importFile("hoteles.csv", withBom(file), "camara-gijon", Country.ES);
        assertThat(List.of(again.created(), again.merged(), again.review(), again.rejected())).containsExactly(0L, 3L, 0L, 0L);
        assertThat(files.registryCounts()).isEqualTo(before);
    }

    @Test
    void aProbableDuplicateOfAnotherPartnerWaitsForAPersonThenMergesKeepingEverything() {
        String tag = ImportTestFiles.unique();
        files.importFile("a.csv", ("Nome empresa\tCódigo postal\tEmail\n" + "Café Central " + tag + " Lda\t1100-148\tcafe." + tag
                + "@example.pt\n").getBytes(StandardCharsets.ISO_8859_1), "ciebi", Country.PT);
        ImportJob second = files.importFile("b.csv", ("Nome empresa\tCódigo postal\tEmail\n" + "CAFE CENTRAL " + tag + "\t1100-148\tgeral."
                + tag + "@example.pt\n" + "Café Central " + tag + "\t1100-148\toutro." + tag + "@example.pt\n")
                .getBytes(StandardCharsets.ISO_8859_1), "leitat", Country.PT);
        assertThat(second.encoding()).isEqualTo("windows-1252");
        assertThat(List.of(second.created(), second.merged(), second.review(), second.rejected())).containsExactly(0L, 0L, 2L, 0L);

        List<LeftRow> review = leftRows.of(second, RowOutcome.REVIEW, 1, 10);
        long candidate = review.getFirst().candidateId();
        assertThat(leftRows.resolve(second, review.get(0).id(), ReviewDecision.MERGE, null)).isEqualTo(RowOutcome.MERGED);
        assertThat(jdbc.sql("select partner_id from organisation_partner where organisation_id = ? order by partner_id")
                .param(candidate).query(String.class).list()).containsExactly("ciebi", "leitat");
        assertThat(jdbc.sql("select count(*) from contact where organisation_id = ?").param(candidate).query(Long.class).single())
                .isEqualTo(2);
        assertThat(leftRows.resolve(second, review.get(1).id(), ReviewDecision.KEEP_APART, null)).isEqualTo(RowOutcome.CREATED);
        assertThat(jdbc.sql("select count(*) from organisation where name_key = ?").param("cafe central " + tag)
                .query(Long.class).single()).isEqualTo(2);
        assertThatThrownBy(() -> leftRows.resolve(second, review.get(1).id(), ReviewDecision.MERGE, null)).isInstanceOf(ImportRefused.class);
        ImportJob after = imports.find(second.id()).orElseThrow();
        assertThat(List.of(after.created(), after.merged(), after.review(), after.rejected())).containsExactly(1L, 1L, 0L, 0L);
    }

    @Test
    void anXlsxSheetGivesNumbersWithoutDecimalsAndDatesAsDates() throws IOException {
        String tag = ImportTestFiles.unique();
        String siren = CompanyRegistryTestSupport.uniqueSiren();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Entreprises");
            List<String> header = List.of("Raison sociale", "SIREN", "Code postal", "Effectif", "Date de création", "Email");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.value(1, 0, "Atelier " + tag);
            sheet.value(1, 1, Long.parseLong(siren));
            sheet.value(1, 2, 33000);
            sheet.value(1, 3, 12.0);
            sheet.value(1, 4, LocalDate.of(2018, 6, 30));
            sheet.style(1, 4).format("dd/mm/yyyy").set();
            sheet.value(1, 5, "atelier." + tag + "@example.fr");
            sheet.value(2, 0, "Zéro en tête " + tag);
            sheet.value(2, 1, 52601812L);
            sheet.value(2, 2, 33000);
        }
        ImportJob job = files.importFile("entreprises.xlsx", bytes.toByteArray(), "echangeur-bordeaux", Country.FR);
        assertThat(job.format()).isEqualTo(SheetFormat.XLSX);
        assertThat(List.of(job.created() + job.merged(), job.rejected())).as("a SIREN stored as a number gets its leading zero back")
                .containsExactly(2L, 0L);
        assertThat(jdbc.sql("select count(*) from organisation where identifier = '052601812'").query(Long.class).single()).isEqualTo(1);
        var row = jdbc.sql("select employees, creation_year, postcode, nuts2 from organisation where identifier = ?").param(siren)
                .query().singleRow();
        assertThat(row).containsEntry("employees", 12).containsEntry("creation_year", 2018).containsEntry("postcode", "33000")
                .containsEntry("nuts2", "FRI1");
    }

    @Test
    void anImportStoppedMidwayResumesWithoutWritingARowTwice() {
        String tag = ImportTestFiles.unique();
        StringBuilder csv = new StringBuilder("Raison sociale;Code postal;Email\n");
        for (int i = 0; i < 10; i++) {
            csv.append("Société ").append(i).append(' ').append(tag).append(";63000;s").append(i).append('.').append(tag)
                    .append("@example.fr\n");
        }
        ImportJob job = files.upload("suite.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "cybermassif", Country.FR);
        imports.start(job, imports.preview(job).mapping());
        files.awaitDone(job.id());
        ImportJob queued = files.upload("suite.csv",
                csv.toString().replace("Société", "Entreprise").replace(";s", ";e").getBytes(StandardCharsets.UTF_8), "cybermassif",
                Country.FR);
        jdbc.sql("update import_job set mapping = ?, status = 'QUEUED' where id = ?")
                .params("{\"0\":\"LEGAL_NAME\",\"1\":\"POSTCODE\",\"2\":\"EMAIL\"}", queued.id()).update();
        runner.run(queued.id(), 2);
        ImportJob stopped = imports.find(queued.id()).orElseThrow();
        assertThat(stopped.status()).isEqualTo(ImportJob.Status.RUNNING);
        assertThat(stopped.recordsDone()).isEqualTo(6);

        runner.run(queued.id());
        assertThat(imports.find(queued.id()).orElseThrow().status()).as("a running import is not taken while its node writes")
                .isEqualTo(ImportJob.Status.RUNNING);
        jdbc.sql("update import_job set heartbeat_at = ? where id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600)), queued.id()).update();
        runner.run(queued.id());
        ImportJob resumed = imports.find(queued.id()).orElseThrow();
        assertThat(resumed.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(List.of(resumed.created(), resumed.merged(), resumed.review(), resumed.rejected())).containsExactly(10L, 0L, 0L, 0L);
        assertThat(jdbc.sql("select count(*) from contact where email_key like ?").param("e%." + tag + "@example.fr")
                .query(Long.class).single()).isEqualTo(10);
    }

    @Test
    void aFileDamagedInTheMiddleStopsWithItsReasonAndKeepsTheRowsBefore() {
        String tag = ImportTestFiles.unique();
        StringBuilder csv = new StringBuilder("Raison sociale;Code postal\n");
        for (int i = 0; i < 7; i++) {
            csv.append("Bois ").append(i).append(' ').append(tag).append(";63000\n");
        }
        csv.append("\"Quote never closed ").append(tag).append(";63000\nmore text\n");
        ImportJob job = files.importFile("damaged.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "cybermassif", Country.FR);
        assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
        assertThat(job.failure()).isEqualTo("companies.import.file.malformed");
        assertThat(job.failureLine()).as("the line where the unclosed quote starts").isEqualTo(9L);
        assertThat(job.created()).isEqualTo(6);
        assertThat(jdbc.sql("select count(*) from organisation where name_key like ?").param("bois % " + tag).query(Long.class).single())
                .isEqualTo(6);
    }

    @Test
    void aWithdrawnConsentIsNeverGivenBackByAnImport() {
        String tag = ImportTestFiles.unique();
        String email = "ana." + tag + "@example.es";
        byte[] file = ("Empresa;Código postal;Email;Boletín\nTaller " + tag + ";08001;" + email + ";sí\n").getBytes(StandardCharsets.UTF_8);
        files.importFile("taller.csv", file, "leitat", Country.ES);
        long contact = jdbc.sql("select id from contact where email_key = ?").param(email).query(Long.class).single();
        jdbc.sql("update contact set newsletter_consent = false where id = ?").param(contact).update();
        jdbc.sql("""
                insert into consent_event (contact_id, purpose, granted, lawful_basis, source, recorded_at)
                values (?, 'NEWSLETTER', false, 'CONSENT', 'unsubscribe link', current_timestamp)""").param(contact).update();
        files.importFile("taller.csv", file, "leitat", Country.ES);
        assertThat(jdbc.sql("select newsletter_consent from contact where id = ?").param(contact).query(Boolean.class).single()).isFalse();
    }

    @Test
    void filesOfBadShapeAreRefusedAtOnce() {
        assertRefused(new byte[0], "companies.import.file.empty");
        assertRefused("%PDF-1.7 binary\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1), "companies.import.file.format");
        assertRefused(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                "companies.import.file.format");
        assertRefused("\n\n".getBytes(StandardCharsets.UTF_8), "companies.import.file.noHeader");
        assertRefused(("a;b\n" + "x;y\n".repeat(20_000)).getBytes(StandardCharsets.UTF_8), "companies.import.file.tooLarge");

        ImportJob job = files.upload("phones.csv", "Téléphone;Ville\n0102030405;Paris\n".getBytes(StandardCharsets.UTF_8), "cybermassif",
                Country.FR);
        ColumnMapping mapping = imports.preview(job).mapping();
        assertThat(mapping.columns()).containsEntry(0, ImportField.PHONE).containsEntry(1, ImportField.CITY);
        assertThatThrownBy(() -> imports.start(job, mapping)).isInstanceOfSatisfying(ImportRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("companies.import.mapping.nameOrEmail"));
    }

    @Test
    void theMappingIsSavedForThePartnersNextFileAndTheLeftRowsDownloadWithTheirReason() {
        String tag = ImportTestFiles.unique();
        jdbc.sql("delete from import_mapping where partner_id = 'transferts-lr'").update();
        ImportJob job = files.upload("x.csv", ("Unternehmen;PLZ;Kontakt\nA " + tag + ";63000;pas-une-adresse\n").getBytes(StandardCharsets.UTF_8),
                "transferts-lr", Country.FR);
        assertThat(imports.preview(job).mapping().columns()).isEmpty();
        imports.start(job, new ColumnMapping(Map.of(0, ImportField.LEGAL_NAME, 1, ImportField.POSTCODE, 2, ImportField.EMAIL)));
        ImportJob done = files.awaitDone(job.id());
        ImportJob next = files.upload("y.csv", ("Kontakt;Unternehmen;PLZ\nb@example.fr;B;34000\n").getBytes(StandardCharsets.UTF_8), "transferts-lr",
                Country.FR);
        assertThat(imports.preview(next).mapping().columns())
                .containsExactlyInAnyOrderEntriesOf(Map.of(0, ImportField.EMAIL, 1, ImportField.LEGAL_NAME, 2, ImportField.POSTCODE));

        assertThat(List.of(done.created(), done.rejected(), done.warned())).as("the company is imported without the address")
                .containsExactly(1L, 0L, 1L);
        StringWriter out = new StringWriter();
        leftRows.writeWarningsCsv(done, out, (key, arguments) -> key + arguments, List.of("row", "field", "reason"));
        assertThat(out.toString()).startsWith("Unternehmen;PLZ;Kontakt;row;field;reason")
                .contains("A " + tag + ";63000;pas-une-adresse;2;companies.import.field.EMAIL[];companies.import.row.email[pas-une-adresse]");
    }

    private void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> files.upload("bad.csv", content, "cybermassif", Country.FR))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }

    private static byte[] withBom(byte[] content) {
        byte[] withBom = new byte[content.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(content, 0, withBom, 3, content.length);
        return withBom;
    }

    private static String spaced(String siren) {
        return siren.substring(0, 3) + " " + siren.substring(3, 6) + " " + siren.substring(6);
    }
}
