package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.internal.Establishments;
import eu.cybersudoe.companies.internal.OrganisationLinks;
import eu.cybersudoe.companies.internal.OrganisationValidator;
import eu.cybersudoe.shared.files.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * The rows an import did not write, and the values it left out of rows it wrote (warnings):
 * listed, downloaded as a CSV file with the file's own columns and the reason in the reader's language, and — for probable duplicates — decided by a person:
 * merged into the organisation it probably is, or kept apart as a new one.
 */
@Service
public class LeftRows {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ImportJobs jobs;
    private final OrganisationValidator validator;
    private final SurvivingRecord survivor;
    private final OrganisationLinks links;
    private final Establishments establishments;
    private final Clock clock;

    LeftRows(JdbcClient jdbc, JdbcTemplate template, ImportJobs jobs, OrganisationValidator validator, SurvivingRecord survivor,
             OrganisationLinks links, Establishments establishments, Clock clock) {
        this.establishments = establishments;
        this.jdbc = jdbc;
        this.template = template;
        this.jobs = jobs;
        this.validator = validator;
        this.survivor = survivor;
        this.links = links;
        this.clock = clock;
    }

    /** One page of the rows of an outcome, in file order. */
    public List<LeftRow> of(ImportJob job, RowOutcome outcome, int page, int size) {
        return jdbc.sql("select * from import_row where job_id = ? and outcome = ? order by row_number limit ? offset ?")
                .params(job.id(), outcome.name(), size, Math.max(0, page - 1) * size).query(LeftRows::row).list();
    }

    public long count(ImportJob job, RowOutcome outcome) {
        return jdbc.sql("select count(*) from import_row where job_id = ? and outcome = ?").params(job.id(), outcome.name())
                .query(Long.class).single();
    }

    /** One page of the values left out of the rows an import wrote, in file order. */
    public List<ImportWarning> warnings(ImportJob job, int page, int size) {
        return jdbc.sql("select * from import_warning where job_id = ? order by row_number, id limit ? offset ?")
                .params(job.id(), size, Math.max(0, page - 1) * size).query(LeftRows::warning).list();
    }

    public long warningCount(ImportJob job) {
        return jdbc.sql("select count(*) from import_warning where job_id = ?").param(job.id()).query(Long.class).single();
    }

    /**
     * Writes the rejected rows and the rows to review as CSV: the file's columns, then the row's
     * number, its outcome and the reason, each translated by {@code explain}; a cell a spreadsheet
     * would run as a formula is written as text, as in the registry's export.
     */
    public void writeCsv(ImportJob job, Writer out, BiFunction<String, List<String>, String> explain, List<String> extraColumns) {
        print(job, out, extraColumns, jdbc.sql("select * from import_row where job_id = ? order by row_number").param(job.id())
                .query(LeftRows::row).stream().map(row -> new Line(row.cells(), List.of(String.valueOf(row.rowNumber()),
                        explain.apply("companies.import.outcome." + row.outcome().name(), List.of()),
                        explain.apply(row.reasonKey(), row.reasonArguments())))));
    }

    /**
     * Writes the values left out of imported rows as CSV: the file's columns, then the row's
     * number, the field and the reason, translated by {@code explain}; formula cells neutralised.
     */
    public void writeWarningsCsv(ImportJob job, Writer out, BiFunction<String, List<String>, String> explain,
                                 List<String> extraColumns) {
        print(job, out, extraColumns, jdbc.sql("select * from import_warning where job_id = ? order by row_number, id")
                .param(job.id()).query(LeftRows::warning).stream().map(warning -> new Line(warning.cells(),
                        List.of(String.valueOf(warning.rowNumber()), explain.apply(warning.fieldKey(), List.of()),
                                explain.apply(warning.reasonKey(), warning.reasonArguments())))));
    }

    /** A line of a CSV file of rows: the row's cells, then what the registry says of it. */
    private record Line(List<String> cells, List<String> said) {
    }

    private static void print(ImportJob job, Writer out, List<String> extraColumns, Stream<Line> lines) {
        List<String> header = new ArrayList<>(job.header());
        header.addAll(extraColumns);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
             Stream<Line> all = lines) {
            csv.printRecord(header.stream().map(SpreadsheetText::neutralised).toList());
            all.forEach(line -> {
                List<String> values = new ArrayList<>(line.cells());
                while (values.size() < job.header().size()) {
                    values.add("");
                }
                values.addAll(line.said());
                try {
                    csv.printRecord(values.stream().map(SpreadsheetText::neutralised).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Decides a row waiting for review: merged into its candidate (which keeps all its
     * provenance, contacts, consents and timeline, gains the row's contact and consents, takes
     * the row's identifier and address where it had none, and records in its history all the row
     * had), kept apart as a new organisation, or kept apart and linked to its candidate.
     *
     * @throws ImportRefused when the row is not waiting, or its candidate no longer exists
     */
    @Transactional
    public RowOutcome resolve(ImportJob job, long rowId, ReviewDecision decision, Long accountId) {
        boolean merge = decision == ReviewDecision.MERGE;
        LeftRow left = jdbc.sql("select * from import_row where id = ? and job_id = ?").params(rowId, job.id())
                .query(LeftRows::row).optional().filter(LeftRow::waiting)
                .orElseThrow(() -> new ImportRefused("companies.import.review.notWaiting"));
        if (decision != ReviewDecision.KEEP_APART && left.candidateId() == null) {
            throw new ImportRefused("companies.import.review.candidateGone");
        }
        ImportSettings settings = ImportRunner.settings(job);
        RowReading reading = new RowInterpreter(settings, validator).read(new SheetRow(left.rowNumber(), left.cells()));
        if (!(reading instanceof ImportedRow row)) {
            throw new ImportRefused("companies.import.review.notWaiting");
        }
        KnownRecords known = KnownRecords.load(template, job.partnerId(), List.of(row),
                merge ? Set.of(left.candidateId()) : Set.of());
        ChunkPlan plan = new ChunkPlan(settings);
        KnownOrganisation target = new RowDecisions(known, plan).decideAs(row, merge ? left.candidateId() : null)
                .orElseThrow(() -> new ImportRefused("companies.import.review.candidateGone"));
        plan.execute(template);
        RowOutcome outcome = merge ? RowOutcome.MERGED : RowOutcome.CREATED;
        Long into = target.id;
        if (merge) {
            survivor.keep(into, row.organisation(), job, left.rowNumber(), clock.instant());
        } else if (decision == ReviewDecision.LINK) {
            links.link(left.candidateId(), into, accountId, clock.instant());
        }
        establishments.attach(row.organisation().country(), row.organisation().identifier());
        int updated = jdbc.sql("""
                        update import_row set resolution = ?, resolved_into = ?, resolved_by = ?, resolved_at = ?
                        where id = ? and resolution is null""")
                .params(decision.resolution(), into, accountId, Timestamp.from(clock.instant()), rowId).update();
        if (updated != 1) {
            throw new ImportRefused("companies.import.review.notWaiting");
        }
        jobs.resolved(job.id(), outcome, !row.warnings().isEmpty());
        return outcome;
    }

    private static LeftRow row(ResultSet rs, int n) throws SQLException {
        long candidate = rs.getLong("candidate_id");
        Long candidateId = rs.wasNull() ? null : candidate;
        return new LeftRow(rs.getLong("id"), rs.getLong("row_number"), RowOutcome.valueOf(rs.getString("outcome")),
                rs.getString("field"), rs.getString("reason_key"), ImportJobs.JSON.readValue(rs.getString("reason_arguments"), STRINGS),
                candidateId, ImportJobs.JSON.readValue(rs.getString("cells"), STRINGS), rs.getString("resolution"));
    }

    private static ImportWarning warning(ResultSet rs, int n) throws SQLException {
        return new ImportWarning(rs.getLong("id"), rs.getLong("row_number"), rs.getString("field"), rs.getString("reason_key"),
                ImportJobs.JSON.readValue(rs.getString("reason_arguments"), STRINGS), ImportJobs.JSON.readValue(rs.getString("cells"), STRINGS));
    }
}
