package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.CompanyRegistryTestSupport;
import eu.cybersudoe.companies.internal.OrganisationValidator;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.SqlDialect;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL chunks are written two at a time; a chunk that needs rows the chunk before it
 * creates (or changes a contact it changes, or puts records of a SIREN it creates under their
 * company) waits for that chunk to commit, since until then its rows are invisible to the next
 * chunk's foreign-key checks, reads and updates; a row left for review whose candidate the chunk
 * before creates does not wait (its foreign key is checked at commit). Each chunk here takes a
 * moment more to commit, so that the next one would otherwise be written meanwhile.
 */
@DatabaseTest
@TestPropertySource(properties = {"cybersudoe.imports.chunk-size=3", "cybersudoe.imports.poll=PT1H"})
@Import(ChunkDependenciesTest.SlowCommits.class)
class ChunkDependenciesTest {

    @TestConfiguration
    static class SlowCommits {
        @Bean
        @Primary
        ChunkWriter slowlyCommittingChunkWriter(JdbcTemplate jdbc, OrganisationValidator validator, SqlDialect dialect) {
            return new ChunkWriter(jdbc, validator, dialect) {
                @Override
                void store(Decided decided) {
                    super.store(decided);
                    try {
                        Thread.sleep(150);
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
        }
    }

    @Autowired
    Imports imports;
    @Autowired
    ImportRunner runner;
    @Autowired
    JdbcClient jdbc;
    ImportTestFiles files;

    @BeforeEach
    void files() {
        files = new ImportTestFiles(imports, jdbc);
    }

    @Test
    void aChunkThatNeedsTheRowsOfTheChunkBeforeWaitsForItInsteadOfFailing() {
        String tag = ImportTestFiles.unique();
        String siren = CompanyRegistryTestSupport.uniqueSiren();
        String email = "x." + tag + "@example.fr";
        long writtenAgainBefore = runner.chunksWrittenAgain();
        StringBuilder csv = new StringBuilder("Raison sociale;SIREN;Code postal;Courriel;Newsletter;Invitations\n");
        for (int chunk = 0; chunk < 4; chunk++) {
            csv.append("Autre ").append(chunk).append(' ').append(tag).append(';').append(CompanyRegistryTestSupport.uniqueSiren())
                    .append(";63000;;non;non\n");
            csv.append("Encore ").append(chunk).append(' ').append(tag).append(';').append(CompanyRegistryTestSupport.uniqueSiren())
                    .append(";63000;;non;non\n");
            // the same company and contact in every chunk: created by the first, given another consent by the next ones
            csv.append("Suivie ").append(tag).append(';').append(siren).append(";63000;").append(email)
                    .append(chunk % 2 == 0 ? ";oui;non\n" : ";non;oui\n");
        }
        ImportJob job = files.importFile("suivie.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "cybermassif", Country.FR);

        assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(List.of(job.created(), job.merged(), job.review(), job.rejected())).containsExactly(9L, 3L, 0L, 0L);
        assertThat(jdbc.sql("select newsletter_consent and invitation_consent from contact where email_key = ?").param(email)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select purpose from consent_event e join contact c on c.id = e.contact_id where c.email_key = ? "
                + "order by purpose").param(email).query(String.class).list()).containsExactly("EVENT_INVITATIONS", "NEWSLETTER");
        assertThat(runner.chunksWrittenAgain()).as("no chunk met a constraint").isEqualTo(writtenAgainBefore);
    }

    @Test
    void aRowForReviewWhoseCandidateTheChunkBeforeCreatesNeitherWaitsNorFails() {
        String tag = ImportTestFiles.unique();
        long writtenAgainBefore = runner.chunksWrittenAgain();
        long waitedBefore = runner.chunksThatWaited();
        StringBuilder csv = new StringBuilder("Raison sociale;SIREN;Code postal\n");
        for (int chunk = 0; chunk < 4; chunk++) {
            csv.append("Homonyme ").append(chunk).append(' ').append(tag).append(';').append(CompanyRegistryTestSupport.uniqueSiren())
                    .append(";63000\n");
            // the same name and postcode as the company the chunk before creates, another SIREN: to review
            csv.append(chunk == 0 ? "Autre " + tag : "Homonyme " + (chunk - 1) + " " + tag).append(';')
                    .append(CompanyRegistryTestSupport.uniqueSiren()).append(";63000\n");
            csv.append("Encore ").append(chunk).append(' ').append(tag).append(';').append(CompanyRegistryTestSupport.uniqueSiren())
                    .append(";63000\n");
        }
        ImportJob job = files.importFile("homonymes.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "cybermassif", Country.FR);

        assertThat(List.of(job.created(), job.merged(), job.review(), job.rejected())).containsExactly(9L, 0L, 3L, 0L);
        List<Long> candidates = jdbc.sql("select candidate_id from import_row where job_id = ? order by row_number").param(job.id())
                .query(Long.class).list();
        List<Long> expected = jdbc.sql("select id from organisation where legal_name in (?, ?, ?) order by legal_name")
                .params("Homonyme 0 " + tag, "Homonyme 1 " + tag, "Homonyme 2 " + tag).query(Long.class).list();
        assertThat(candidates).as("each review row names the company of the chunk before").isEqualTo(expected);
        assertThat(runner.chunksWrittenAgain()).as("no chunk met a constraint").isEqualTo(writtenAgainBefore);
        assertThat(runner.chunksThatWaited()).as("no chunk waited for its candidates").isEqualTo(waitedBefore);
    }

    @Test
    void establishmentsAreUnderTheirCompanyAsSoonAsTheirChunkIsWritten() {
        String tag = ImportTestFiles.unique();
        String siren = CompanyRegistryTestSupport.uniqueSiren();
        String lyon = CompanyRegistryTestSupport.siret(siren, "0002");
        String laterSiren = CompanyRegistryTestSupport.uniqueSiren();
        String standIn = CompanyRegistryTestSupport.siret(laterSiren, "0001");
        long writtenAgainBefore = runner.chunksWrittenAgain();
        String csv = "Raison sociale;SIREN;Code postal\n"
                + "Siège " + tag + ";" + siren + ";75008\n" + filler(tag, 1) + filler(tag, 2)
                // the chunk after its company's: placed in its own chunk, once that one committed
                + "Agence " + tag + ";" + lyon + ";69001\n" + "Atelier " + tag + ";" + standIn + ";59000\n" + filler(tag, 3)
                // a company after one of its establishments: takes it under it
                + "Maison " + tag + ";" + laterSiren + ";13001\n" + filler(tag, 4) + filler(tag, 5)
                + filler(tag, 6);
        ImportJob job = files.upload("etablissements.csv", csv.getBytes(StandardCharsets.UTF_8), "cybermassif", Country.FR);
        jdbc.sql("update import_job set mapping = ?, status = 'QUEUED' where id = ?")
                .params("{\"0\":\"LEGAL_NAME\",\"1\":\"IDENTIFIER\",\"2\":\"POSTCODE\"}", job.id()).update();

        runner.run(job.id(), 3);

        assertThat(imports.find(job.id()).orElseThrow().status()).as("stopped before its end").isEqualTo(ImportJob.Status.RUNNING);
        assertThat(companyOf(lyon)).isEqualTo(idOf(siren));
        assertThat(companyOf(standIn)).isEqualTo(idOf(laterSiren));
        assertThat(companyOf(siren)).isNull();
        assertThat(companyOf(laterSiren)).isNull();
        assertThat(runner.chunksWrittenAgain()).as("no chunk met a constraint").isEqualTo(writtenAgainBefore);

        // the partner's next imports wait for this one: it resumes, as after a crash, and ends
        jdbc.sql("update import_job set heartbeat_at = ? where id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600)), job.id()).update();
        runner.run(job.id());
        ImportJob done = imports.find(job.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(List.of(done.created(), done.merged(), done.review(), done.rejected())).containsExactly(10L, 0L, 0L, 0L);
        assertThat(companyOf(lyon)).isEqualTo(idOf(siren));
        assertThat(companyOf(standIn)).isEqualTo(idOf(laterSiren));
    }

    static String filler(String tag, int n) {
        return "Voisine " + n + " " + tag + ";" + CompanyRegistryTestSupport.uniqueSiren() + ";63000\n";
    }

    long idOf(String identifier) {
        return jdbc.sql("select id from organisation where identifier = ?").param(identifier).query(Long.class).single();
    }

    Long companyOf(String identifier) {
        Object company = jdbc.sql("select company_id from organisation where identifier = ?").param(identifier).query().singleRow()
                .get("company_id");
        return company == null ? null : ((Number) company).longValue();
    }
}
