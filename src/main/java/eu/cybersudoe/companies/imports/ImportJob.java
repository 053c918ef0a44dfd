package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.LawfulBasis;

import java.time.Instant;
import java.util.List;

/**
 * An import of one file, as stored: its file, what the partner stated, its mapping, where it
 * stands, how many rows ended in each outcome so far, and how many companies were created with
 * an activity code the classification does not know ({@code unknownActivity}) and how many rows
 * were imported without some of their values ({@code warned}, each value listed as a warning).
 */
public record ImportJob(long id, String partnerId, Long accountId, String fileKey, String fileName, long fileSize,
                        SheetFormat format, String encoding, String delimiter, List<String> header, ColumnMapping mapping,
                        String defaultCountry, LawfulBasis lawfulBasis, String consentSource, boolean consentNewsletter,
                        boolean consentInvitations, Status status, Long totalRecords, long recordsDone, double progress,
                        long blankLines, long created, long merged, long review, long rejected, long unknownActivity, long warned, String failure, Long failureLine,
                        Instant createdAt, Instant startedAt, Instant finishedAt) {

    /** Where an import stands. */
    public enum Status {
        /** Uploaded; the partner has not confirmed the mapping yet. */
        MAPPING,
        QUEUED,
        RUNNING,
        DONE,
        FAILED;

        public boolean working() {
            return this == QUEUED || this == RUNNING;
        }
    }

    /** The company name a row of this import gives, or an empty string when the name column is not mapped or empty. */
    public String legalNameIn(LeftRow row) {
        return legalNameIn(row.cells());
    }

    private String legalNameIn(List<String> cells) {
        return mapping == null ? "" : mapping.columnOf(ImportField.LEGAL_NAME)
                .map(column -> column < cells.size() ? cells.get(column) : "").orElse("");
    }

    /** The company name a row of this import gives (its cells as read), or an empty string. */
    public String legalNameIn(ImportWarning warning) {
        return legalNameIn(warning.cells());
    }

    /** The rows handled so far: created, merged, to review and rejected add up to it. */
    public long rows() {
        return created + merged + review + rejected;
    }

    /** The day it was uploaded, in the network's first time zone. */
    public java.time.LocalDate createdOn() {
        return java.time.LocalDate.ofInstant(createdAt, java.time.ZoneId.of("Europe/Paris"));
    }

    public int progressPercent() {
        return status == Status.DONE ? 100 : (int) Math.floor(progress * 100);
    }
}
