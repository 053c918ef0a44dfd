package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.internal.OrganisationValidator;
import eu.cybersudoe.shared.SqlDialect;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Writes a part of a file (a chunk of rows) to the registry: reads each row, finds what the
 * registry already knows of the chunk (in the import's in-memory index, or in a few queries),
 * decides each row's outcome in file order (a row may be the same company as an earlier row of
 * the same chunk), then writes the chunk: with COPY on PostgreSQL, in batches elsewhere. The
 * caller runs it in the transaction that also moves the import's checkpoint, so a chunk is
 * written whole or not at all.
 */
@Component
class ChunkWriter {

    private final JdbcTemplate jdbc;
    private final OrganisationValidator validator;
    private final ChunkCopy copy = new ChunkCopy();
    private final SqlDialect dialect;

    ChunkWriter(JdbcTemplate jdbc, OrganisationValidator validator, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.dialect = dialect;
    }

    /** A chunk of rows read: blank lines counted, the others read as the registry reads them. */
    record ReadChunk(int records, long blankLines, List<RowReading> readings, double progress) {
    }

    /** Reads a chunk's rows; pure computation, so that it can run while the previous chunk is written. */
    ReadChunk read(ImportSettings settings, List<SheetRow> rows, double progress) {
        RowInterpreter interpreter = new RowInterpreter(settings, validator);
        long blank = 0;
        List<RowReading> readings = new java.util.ArrayList<>(rows.size());
        for (SheetRow row : rows) {
            if (row.blank()) {
                blank++;
            } else {
                readings.add(interpreter.read(row));
            }
        }
        return new ReadChunk(rows.size(), blank, readings, progress);
    }

    /** A chunk decided: its counts, what was known of its rows, and the writes it needs. */
    record Decided(ChunkCounts counts, KnownRecords known, ChunkPlan plan) {
    }

    /**
     * Decides a chunk's rows: what the registry knows of them comes from the index (no query),
     * or from the database when there is none (then in the chunk's transaction).
     */
    Decided decide(ImportSettings settings, ReadChunk chunk, RegistryIndex index) {
        ChunkCounts counts = new ChunkCounts();
        for (long i = 0; i < chunk.blankLines(); i++) {
            counts.blankLine();
        }
        List<RowReading> readings = chunk.readings();
        KnownRecords known = index != null ? index.known(settings.partnerId(), readings)
                : KnownRecords.load(jdbc, settings.partnerId(), readings);
        ChunkPlan plan = new ChunkPlan(settings);
        RowDecisions decisions = new RowDecisions(known, plan);
        for (RowReading reading : readings) {
            RowOutcome outcome = decisions.decide(reading);
            counts.add(outcome);
            if (outcome == RowOutcome.CREATED && reading instanceof ImportedRow row && row.unknownActivity()) {
                counts.unknownActivity();
            }
            if (outcome.imported() && reading instanceof ImportedRow row && !row.warnings().isEmpty()) {
                counts.warnedRow();
            }
        }
        return new Decided(counts, known, plan);
    }

    /** Whether new organisations and contacts can be given their ids before they are written (PostgreSQL's sequences). */
    boolean idsBeforehand() {
        return postgres();
    }

    /** Gives the new organisations and contacts their ids from the sequences, before they are written. */
    void assignIds(Decided decided) {
        copy.assignIds(jdbc, decided.plan());
    }

    /** Writes a decided chunk, in the caller's transaction: with COPY on PostgreSQL, in batches elsewhere. */
    void store(Decided decided) {
        if (postgres()) {
            // the chunk and its checkpoint commit together: a commit lost in a crash of the database is
            // simply written again when the import resumes, so the commit need not wait for the disk
            jdbc.execute("set local synchronous_commit = off");
            copy.write(jdbc, decided.plan());
        } else {
            decided.plan().execute(jdbc);
        }
    }

    /** Whether the database is PostgreSQL, where chunks are written with COPY. */
    boolean postgres() {
        return dialect.postgres();
    }
}
