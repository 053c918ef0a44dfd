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
 * creates (or changes a contact it changes) waits for that chunk to commit, since until then its
 * rows are invisible to the next chunk's foreign-key checks and updates. Each chunk here takes a
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
}
