package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.CompanyRegistryTestSupport;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory index imports match rows against, and the way chunks are written (COPY on
 * PostgreSQL, batches on H2): the index an import hands back is the registry as it is; a chunk
 * that meets a write the index did not see is written again from the database; odd characters,
 * an interrupted run and a re-import come out as with the database's own look-ups.
 */
@DatabaseTest
@TestPropertySource(properties = {"cybersudoe.imports.chunk-size=3", "cybersudoe.imports.max-size=64KB",
        "cybersudoe.imports.poll=PT1H"})
class RegistryIndexTest {

    @Autowired
    Imports imports;
    @Autowired
    ImportRunner runner;
    @Autowired
    ImportJobs jobs;
    @Autowired
    RegistryIndexes indexes;
    @Autowired
    ChunkWriter writer;
    @Autowired
    JdbcTemplate template;
    @Autowired
    JdbcClient jdbc;
    ImportTestFiles files;

    @BeforeEach
    void files() {
        files = new ImportTestFiles(imports, jdbc);
    }

    @Test
    void theIndexAnImportHandsBackFindsWhatTheDatabaseFinds() {
        String tag = ImportTestFiles.unique();
        String alpha = CompanyRegistryTestSupport.uniqueSiren();
        String beta = CompanyRegistryTestSupport.uniqueSiren();
        byte[] file = ("Raison sociale;SIREN;Code postal;Prénom;Nom;Courriel\n"
                + "Alpha " + tag + ";" + alpha + ";63000;Ana;Aubert;alpha." + tag + "@example.fr\n"
                + "Beta " + tag + ";" + beta + ";63000;Bruno;Bel;\n"
                + "Gamma " + tag + ";;63100;Cécile;Cros;gamma." + tag + "@example.fr\n"
                + "Alpha " + tag + ";" + alpha + ";63000;Anne;Aubert;autre." + tag + "@example.fr\n"
                + "Beta " + tag + ";" + beta + ";63000;bruno;BEL;\n"
                + "Gamma SARL " + tag + ";;63100;;;\n").getBytes(StandardCharsets.UTF_8);
        ImportJob job = files.importFile("index.csv", file, "cybermassif", Country.FR, true);
        assertThat(List.of(job.created(), job.merged(), job.review(), job.rejected())).containsExactly(3L, 3L, 0L, 0L);

        Optional<RegistryIndex> kept = indexes.current();
        assertThat(kept).as("the index derived the registry's state from the import's own writes").isPresent();
        List<RowReading> readings = readings(job);
        Map<String, Object> fromDatabase = lookups(KnownRecords.load(template, "cybermassif", readings), readings);
        assertThat(lookups(kept.get().known("cybermassif", readings), readings)).isEqualTo(fromDatabase);
        assertThat(lookups(indexes.load().known("cybermassif", readings), readings)).isEqualTo(fromDatabase);
        assertThat(fromDatabase).containsEntry("email autre." + tag + "@example.fr", "contact of " + alpha + " [NEWSLETTER] []")
                .containsEntry("name beta " + tag + "|63000", List.of(beta + " brought"));
        indexes.keep(kept.get(), Instant.now());

        Map<String, Long> before = files.registryCounts();
        ImportJob again = files.importFile("index.csv", file, "cybermassif", Country.FR, true);
        assertThat(List.of(again.created(), again.merged(), again.review(), again.rejected())).containsExactly(0L, 6L, 0L, 0L);
        assertThat(files.registryCounts()).isEqualTo(before);
        assertThat(indexes.current()).isPresent();
    }

    @Test
    void aChunkThatMeetsAWriteTheIndexDidNotSeeIsWrittenAgainFromTheDatabase() {
        String tag = ImportTestFiles.unique();
        String first = CompanyRegistryTestSupport.uniqueSiren();
        String changed = CompanyRegistryTestSupport.uniqueSiren();
        files.importFile("p.csv", ("Raison sociale;SIREN;Code postal;Courriel\nPrimeur " + tag + ";" + first + ";63000;c." + tag
                + "@example.fr\n").getBytes(StandardCharsets.UTF_8), "cybermassif", Country.FR);
        long primeur = jdbc.sql("select id from organisation where identifier = ?").param(first).query(Long.class).single();
        // changes made straight in the database, without raising the rows' versions: the index kept cannot tell
        jdbc.sql("update organisation set identifier = ? where id = ?").params(changed, primeur).update();
        jdbc.sql("update contact set email = ?, email_key = ? where email_key = ?")
                .params("d." + tag + "@example.fr", "d." + tag + "@example.fr", "c." + tag + "@example.fr").update();
        assertThat(indexes.current()).isPresent().get().satisfies(stale -> indexes.keep(stale, Instant.now()));

        List<String> sirens = new ArrayList<>();
        StringBuilder csv = new StringBuilder("Raison sociale;SIREN;Code postal;Courriel\n");
        for (int i = 0; i < 3; i++) {
            sirens.add(CompanyRegistryTestSupport.uniqueSiren());
            csv.append("Nouvelle ").append(i).append(' ').append(tag).append(';').append(sirens.get(i)).append(";63000;\n");
        }
        csv.append("Renommée ").append(tag).append(';').append(changed).append(";63000;\n");
        csv.append("Autre ").append(tag).append(';').append(CompanyRegistryTestSupport.uniqueSiren()).append(";63000;d.").append(tag)
                .append("@example.fr\n");
        csv.append("Nouvelle 0 ").append(tag).append(';').append(sirens.get(0)).append(";63000;\n");
        csv.append("Nouvelle 1 ").append(tag).append(';').append(sirens.get(1)).append(";63000;\n");
        ImportJob job = files.importFile("q.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "leitat", Country.FR);

        assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
        // "Autre" has its own SIREN and the e-mail address of Primeur's contact: a person decides
        assertThat(List.of(job.created(), job.merged(), job.review(), job.rejected())).containsExactly(3L, 3L, 1L, 0L);
        assertThat(jdbc.sql("select count(*) from organisation where identifier = ?").param(changed).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select organisation_id from contact where email_key = ?").param("d." + tag + "@example.fr")
                .query(Long.class).list()).containsExactly(primeur);
        assertThat(jdbc.sql("select partner_id from organisation_partner where organisation_id = ? order by partner_id")
                .param(primeur).query(String.class).list()).containsExactly("cybermassif", "leitat");
        assertThat(jdbc.sql("select count(*) from organisation where name_key like ?").param("nouvelle % " + tag)
                .query(Long.class).single()).isEqualTo(3);
        assertThat(indexes.current()).as("the index read again after the conflict is kept in step").isPresent();
    }

    @Test
    void backslashesTabsAndLineBreaksAreStoredAsRead() {
        String tag = ImportTestFiles.unique();
        String siren = CompanyRegistryTestSupport.uniqueSiren();
        byte[] file = ("Raison sociale;SIREN;Code postal;Ville;Prénom;Courriel\n\"Atelier \\N " + tag + "\";" + siren
                + ";63000;\"Clermont\\\\Sud\tzone\r\nnord\";\"Zoé\\t\";z." + tag + "@example.fr\n").getBytes(StandardCharsets.UTF_8);
        ImportJob job = files.importFile("odd.csv", file, "cybermassif", Country.FR);
        assertThat(job.created()).isEqualTo(1);

        ImportedRow row = (ImportedRow) readings(job).getFirst();
        var stored = jdbc.sql("select legal_name, city from organisation where identifier = ?").param(siren).query().singleRow();
        assertThat(stored).containsEntry("legal_name", row.organisation().legalName()).containsEntry("city", row.organisation().city());
        assertThat(row.organisation().city()).contains("\\").contains("\n");
        assertThat(jdbc.sql("select first_name from contact where email_key = ?").param("z." + tag + "@example.fr")
                .query(String.class).single()).isEqualTo(row.contact().firstName()).isEqualTo("Zoé\\t");
    }

    @Test
    void anImportStoppedAfterAChunkResumesOnAnotherNodeAndAReimportWritesNothing() {
        String tag = ImportTestFiles.unique();
        StringBuilder csv = new StringBuilder("Raison sociale;Code postal;Courriel\n");
        for (int i = 0; i < 7; i++) {
            csv.append("Reprise ").append(i).append(' ').append(tag).append(";63000;r").append(i).append('.').append(tag)
                    .append("@example.fr\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        ImportJob job = files.upload("reprise.csv", file, "cybermassif", Country.FR, true);
        assertThat(jobs.queue(job.id(), imports.preview(job).mapping())).isTrue();
        runner.run(job.id(), 1);
        assertThat(imports.find(job.id()).orElseThrow().recordsDone()).isEqualTo(3);

        jdbc.sql("update import_job set heartbeat_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minus(ImportRunner.STALE).minusSeconds(60)), job.id()).update();
        runner.run(job.id());
        ImportJob resumed = imports.find(job.id()).orElseThrow();
        assertThat(resumed.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(List.of(resumed.created(), resumed.merged(), resumed.review(), resumed.rejected())).containsExactly(7L, 0L, 0L, 0L);
        assertThat(jdbc.sql("""
                        select count(*) from consent_event e join contact c on c.id = e.contact_id
                        where c.email_key like ? and e.purpose = 'NEWSLETTER'""").param("r%." + tag + "@example.fr")
                .query(Long.class).single()).isEqualTo(7);

        Map<String, Long> before = files.registryCounts();
        ImportJob again = files.importFile("reprise.csv", file, "cybermassif", Country.FR, true);
        assertThat(List.of(again.created(), again.merged())).containsExactly(0L, 7L);
        assertThat(files.registryCounts()).isEqualTo(before);
    }

    /** The file's rows as the import reads them. */
    private List<RowReading> readings(ImportJob job) {
        ImportSettings settings = ImportRunner.settings(imports.find(job.id()).orElseThrow());
        List<SheetRow> rows = new ArrayList<>();
        try (SheetReader reader = runner.open(job)) {
            for (Optional<SheetRow> row = reader.next(); row.isPresent(); row = reader.next()) {
                rows.add(row.get());
            }
        }
        return writer.read(settings, rows, 1).readings();
    }

    /** What the rows' decisions look at: the organisation of each identifier, of each name and postcode, the contact of each e-mail. */
    private Map<String, Object> lookups(KnownRecords known, List<RowReading> readings) {
        Map<String, Object> lookups = new TreeMap<>();
        for (RowReading reading : readings) {
            ImportedRow row = (ImportedRow) reading;
            var details = row.organisation();
            if (details.identifier() != null) {
                lookups.put("identifier " + details.identifier(),
                        describe(known.byIdentifier.get(KnownOrganisation.identifierKey(details.country(), details.identifier()))));
            }
            if (details.postcode() != null) {
                String key = KnownOrganisation.nameKey(row.nameKey(), details.postcode());
                lookups.put("name " + key, known.byNameAndPostcode.getOrDefault(key, List.of()).stream().map(this::describe).sorted()
                        .toList());
            }
            if (row.contact() != null && row.contact().emailKey() != null) {
                KnownContact contact = known.byEmail.get(row.contact().emailKey());
                lookups.put("email " + row.contact().emailKey(), contact == null ? "none"
                        : "contact of " + contact.organisation.identifier + " " + contact.consented + " " + contact.withdrawn);
            }
        }
        lookups.put("named contacts", known.namedContacts.stream().map(key -> {
            Long organisation = (Long) key.getFirst();
            return describe(known.byId.get(organisation)) + " " + key.subList(1, 3);
        }).sorted().toList());
        return lookups;
    }

    private String describe(KnownOrganisation organisation) {
        return organisation == null ? "none"
                : (organisation.identifier != null ? organisation.identifier : organisation.nameKey) + (organisation.brought ? " brought" : "");
    }
}
