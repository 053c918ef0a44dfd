package eu.cybersudoe.companies.imports;

import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On PostgreSQL the index of records by company holds the establishments only (decision 0046):
 * a new company adds no entry to it, and the look-ups of a company's establishments still use it.
 * The ids an import takes beforehand come from the table's sequence, named once.
 */
@DatabaseTest
class CompanyIndexTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theCompanyIndexHoldsOnlyTheRecordsThatNameACompanyAndServesTheirLookUp() {
        assumeTrue(TestDatabase.isPostgres(), "Skipped on H2: the index is partial on PostgreSQL only");
        String definition = jdbc.sql("select indexdef from pg_indexes where indexname = 'organisation_by_company'")
                .query(String.class).single();
        assertThat(definition).contains("WHERE (company_id IS NOT NULL)");
        List<String> plan = transactions.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return jdbc.sql("explain select id from organisation where company_id = 42").query(String.class).list();
        });
        assertThat(String.join("\n", plan)).contains("organisation_by_company");
    }

    @Test
    void idsAreTakenFromTheSequenceNamedAsALiteral() {
        assertThat(ChunkCopy.nextIds("public.organisation_id_seq"))
                .isEqualTo("select nextval('public.organisation_id_seq') from generate_series(1, ?)");
        assertThat(ChunkCopy.nextIds("public.\"o'dd\"")).isEqualTo("select nextval('public.\"o''dd\"') from generate_series(1, ?)");
    }

    @Test
    void idsTakenFromTheSequenceAreNewAndDistinct() {
        assumeTrue(TestDatabase.isPostgres(), "Skipped on H2: ids are taken beforehand on PostgreSQL only");
        String sequence = jdbc.sql("select pg_get_serial_sequence('organisation', 'id')").query(String.class).single();
        List<Long> ids = jdbc.sql(ChunkCopy.nextIds(sequence)).param(3).query(Long.class).list();
        Long highest = jdbc.sql("select coalesce(max(id), 0) from organisation").query(Long.class).single();
        assertThat(ids).hasSize(3).doesNotHaveDuplicates().allMatch(id -> id > highest);
    }
}
