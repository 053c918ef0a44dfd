package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.internal.OrganisationValidator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Writes a part of a file (a chunk of rows) to the registry: reads each row, finds what the
 * registry already knows of the chunk in a few queries, decides each row's outcome in file
 * order (a row may be the same company as an earlier row of the same chunk), then writes the
 * chunk in batches. The caller runs it in the transaction that also moves the import's
 * checkpoint, so a chunk is written whole or not at all.
 */
@Component
class ChunkWriter {

    private final JdbcTemplate jdbc;
    private final OrganisationValidator validator;

    ChunkWriter(JdbcTemplate jdbc, OrganisationValidator validator) {
        this.jdbc = jdbc;
        this.validator = validator;
    }

    ChunkCounts write(ImportSettings settings, List<SheetRow> rows) {
        RowInterpreter interpreter = new RowInterpreter(settings, validator);
        ChunkCounts counts = new ChunkCounts();
        List<RowReading> readings = new java.util.ArrayList<>(rows.size());
        for (SheetRow row : rows) {
            if (row.blank()) {
                counts.blankLine();
            } else {
                readings.add(interpreter.read(row));
            }
        }
        KnownRecords known = KnownRecords.load(jdbc, settings.partnerId(), readings);
        ChunkPlan plan = new ChunkPlan(settings);
        RowDecisions decisions = new RowDecisions(known, plan);
        for (RowReading reading : readings) {
            counts.add(decisions.decide(reading));
        }
        plan.execute(jdbc);
        return counts;
    }
}
