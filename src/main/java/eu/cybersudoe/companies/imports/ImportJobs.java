package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.LawfulBasis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The import_job table. */
@Repository
class ImportJobs {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ImportJobs(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A new import waiting for its mapping. */
    long create(NewImport upload, Instant now) {
        jdbc.sql("""
                        insert into import_job (partner_id, account_id, file_key, file_name, file_size, file_sha256, format, encoding,
                            delimiter, header, default_country, lawful_basis, consent_source, consent_newsletter, consent_invitations,
                            status, records_done, progress, blank_lines, created_rows, merged_rows, review_rows, rejected_rows,
                            attempts, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'MAPPING', 0, 0, 0, 0, 0, 0, 0, 0, ?)""")
                .params(upload.partnerId(), upload.accountId(), upload.file().key(), upload.file().originalName(),
                        upload.file().size(), upload.file().sha256(), upload.format().name(), upload.encoding(), upload.delimiter(),
                        JSON.writeValueAsString(upload.header()), upload.defaultCountry(), upload.lawfulBasis().name(),
                        upload.consentSource(), upload.consentNewsletter(), upload.consentInvitations(), Timestamp.from(now))
                .update();
        return jdbc.sql("select max(id) from import_job where file_key = ?").param(upload.file().key()).query(Long.class).single();
    }

    Optional<ImportJob> find(long id) {
        return jdbc.sql("select * from import_job where id = ?").param(id).query(ImportJobs::row).optional();
    }

    List<ImportJob> ofPartner(String partnerId, int limit, int offset) {
        return jdbc.sql("select * from import_job where partner_id = ? order by created_at desc, id desc limit ? offset ?")
                .params(partnerId, limit, offset).query(ImportJobs::row).list();
    }

    long countOfPartner(String partnerId) {
        return jdbc.sql("select count(*) from import_job where partner_id = ?").param(partnerId).query(Long.class).single();
    }

    /** Queues an import with its mapping; false when it was no longer waiting for one. */
    boolean queue(long id, ColumnMapping mapping) {
        Map<String, String> columns = new HashMap<>();
        mapping.columns().forEach((column, field) -> columns.put(column.toString(), field.name()));
        return jdbc.sql("update import_job set mapping = ?, status = 'QUEUED' where id = ? and status = 'MAPPING'")
                .params(JSON.writeValueAsString(columns), id).update() == 1;
    }

    /**
     * Takes an import to run: a queued one, or a running one whose node stopped writing (no
     * chunk for {@code staleAfter}). False when another node has it, or when another import of the
     * same partner runs on a live node: a partner's imports run one at a time across the nodes,
     * each with the registry index of the node that runs it. The partner's waiting and running
     * imports are locked for the claim's short transaction, so two nodes claiming two imports of
     * one partner at once take turns and the second sees the first running.
     */
    boolean claim(long id, Instant now, Instant staleBefore) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Optional<String> partner = jdbc.sql("select partner_id from import_job where id = ?").param(id)
                    .query(String.class).optional();
            if (partner.isEmpty()) {
                return false;
            }
            jdbc.sql("select id from import_job where partner_id = ? and status in ('QUEUED', 'RUNNING') order by id for update")
                    .param(partner.get()).query(Long.class).list();
            return jdbc.sql("""
                            update import_job set status = 'RUNNING', started_at = coalesce(started_at, ?), heartbeat_at = ?
                            where id = ? and (status = 'QUEUED' or (status = 'RUNNING' and (heartbeat_at is null or heartbeat_at < ?)))
                              and not exists (select 1 from import_job other where other.partner_id = ? and other.id <> ?
                                              and other.status = 'RUNNING' and other.heartbeat_at >= ?)""")
                    .params(Timestamp.from(now), Timestamp.from(now), id, Timestamp.from(staleBefore),
                            partner.get(), id, Timestamp.from(staleBefore)).update() == 1;
        }));
    }

    /** The imports to run: queued, or running on a node that stopped. */
    List<Long> runnable(Instant staleBefore) {
        return jdbc.sql("""
                        select id from import_job
                        where status = 'QUEUED' or (status = 'RUNNING' and (heartbeat_at is null or heartbeat_at < ?)) order by id""")
                .param(Timestamp.from(staleBefore)).query(Long.class).list();
    }

    void totalRecords(long id, long total) {
        jdbc.sql("update import_job set total_records = ? where id = ?").params(total, id).update();
    }

    /**
     * Adds a chunk's counts and moves the checkpoint, if it is still where this node left it;
     * false when another node moved it (the chunk's transaction must then be rolled back).
     */
    boolean advance(long id, long expectedDone, long records, ChunkCounts counts, double progress, Instant now) {
        return jdbc.sql("""
                        update import_job set records_done = records_done + ?, blank_lines = blank_lines + ?,
                            created_rows = created_rows + ?, merged_rows = merged_rows + ?, review_rows = review_rows + ?,
                            rejected_rows = rejected_rows + ?, unknown_activity_rows = unknown_activity_rows + ?,
                            warned_rows = warned_rows + ?, progress = ?,
                            heartbeat_at = ?
                        where id = ? and records_done = ? and status = 'RUNNING'""")
                .params(records, counts.blank(), counts.of(RowOutcome.CREATED), counts.of(RowOutcome.MERGED),
                        counts.of(RowOutcome.REVIEW), counts.of(RowOutcome.REJECTED), counts.unknownActivities(), counts.warnedRows(), progress,
                        Timestamp.from(now), id,
                        expectedDone).update() == 1;
    }

    void finish(long id, Instant now) {
        jdbc.sql("update import_job set status = 'DONE', progress = 1, finished_at = ? where id = ?")
                .params(Timestamp.from(now), id).update();
    }

    /** Stops an import for good, with the reason and, for a damaged file, the line where reading stopped. */
    void fail(long id, String reasonKey, Long line, Instant now) {
        jdbc.sql("update import_job set status = 'FAILED', failure = ?, failure_line = ?, finished_at = ? where id = ?")
                .params(reasonKey, line, Timestamp.from(now), id).update();
    }

    /** After an unexpected error: queued again, or failed after the third time. */
    void retryOrFail(long id, Instant now) {
        jdbc.sql("""
                        update import_job set attempts = attempts + 1,
                            status = case when attempts + 1 >= 3 then 'FAILED' else 'QUEUED' end,
                            failure = case when attempts + 1 >= 3 then 'companies.import.failed' else null end,
                            finished_at = case when attempts + 1 >= 3 then ? else null end
                        where id = ? and status = 'RUNNING'""")
                .params(Timestamp.from(now), id).update();
    }

    /** Moves a review row resolved by a person from "to review" to created or merged, and counts it if it came with warnings. */
    void resolved(long id, RowOutcome outcome, boolean warned) {
        String column = outcome == RowOutcome.CREATED ? "created_rows" : "merged_rows";
        jdbc.sql("update import_job set review_rows = review_rows - 1, " + column + " = " + column + " + 1, "
                        + "warned_rows = warned_rows + ? where id = ?")
                .params(warned ? 1 : 0, id).update();
    }

    Map<String, ImportField> savedMapping(String partnerId) {
        return jdbc.sql("select mapping from import_mapping where partner_id = ?").param(partnerId).query(String.class).optional()
                .map(json -> {
                    Map<String, ImportField> mapping = new HashMap<>();
                    JSON.readValue(json, FIELDS).forEach((name, field) -> mapping.put(name, ImportField.valueOf(field)));
                    return mapping;
                }).orElse(Map.of());
    }

    void saveMapping(String partnerId, Map<String, ImportField> byName, Instant now) {
        Map<String, String> stored = new HashMap<>();
        byName.forEach((name, field) -> stored.put(name, field.name()));
        String json = JSON.writeValueAsString(stored);
        if (jdbc.sql("update import_mapping set mapping = ?, updated_at = ? where partner_id = ?")
                .params(json, Timestamp.from(now), partnerId).update() == 0) {
            jdbc.sql("insert into import_mapping (partner_id, mapping, updated_at) values (?, ?, ?)")
                    .params(partnerId, json, Timestamp.from(now)).update();
        }
    }

    private static ImportJob row(ResultSet rs, int n) throws SQLException {
        long account = rs.getLong("account_id");
        Long accountId = rs.wasNull() ? null : account;
        long total = rs.getLong("total_records");
        Long totalRecords = rs.wasNull() ? null : total;
        return new ImportJob(rs.getLong("id"), rs.getString("partner_id"), accountId, rs.getString("file_key"),
                rs.getString("file_name"), rs.getLong("file_size"), SheetFormat.valueOf(rs.getString("format")),
                rs.getString("encoding"), rs.getString("delimiter"), JSON.readValue(rs.getString("header"), STRINGS),
                mapping(rs.getString("mapping")), rs.getString("default_country"), LawfulBasis.valueOf(rs.getString("lawful_basis")),
                rs.getString("consent_source"), rs.getBoolean("consent_newsletter"), rs.getBoolean("consent_invitations"),
                ImportJob.Status.valueOf(rs.getString("status")), totalRecords, rs.getLong("records_done"),
                rs.getDouble("progress"), rs.getLong("blank_lines"), rs.getLong("created_rows"), rs.getLong("merged_rows"),
                rs.getLong("review_rows"), rs.getLong("rejected_rows"), rs.getLong("unknown_activity_rows"), rs.getLong("warned_rows"), rs.getString("failure"),
                failureLine(rs), instant(rs, "created_at"),
                instant(rs, "started_at"), instant(rs, "finished_at"));
    }

    private static ColumnMapping mapping(String json) {
        if (json == null) {
            return null;
        }
        Map<Integer, ImportField> columns = new HashMap<>();
        JSON.readValue(json, FIELDS).forEach((column, field) -> columns.put(Integer.valueOf(column), ImportField.valueOf(field)));
        return new ColumnMapping(columns);
    }

    private static Long failureLine(ResultSet rs) throws SQLException {
        long line = rs.getLong("failure_line");
        return rs.wasNull() ? null : line;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
