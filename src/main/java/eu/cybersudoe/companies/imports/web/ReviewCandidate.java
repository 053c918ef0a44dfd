package eu.cybersudoe.companies.imports.web;

import eu.cybersudoe.companies.imports.ColumnMapping;
import eu.cybersudoe.companies.imports.ImportField;
import eu.cybersudoe.companies.imports.LeftRow;
import eu.cybersudoe.companies.internal.CompanyFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A row to review beside the company it probably is, field by field: what the row says and what
 * the registry holds (the candidate is null when it no longer exists).
 */
public record ReviewCandidate(LeftRow row, CompanyFile candidate, List<Line> lines) {

    /** The decision of merging the row into its candidate, as the review form posts it. */
    public static final String MERGE = "merge";
    /** The decision of keeping the row apart as a new company. */
    public static final String APART = "apart";
    /** The decision of keeping the row apart and linking the two records. */
    public static final String LINK = "link";

    /** One field, side by side. */
    public record Line(String labelKey, String inRow, String inRegistry) {

        /** Whether both give a value and the values differ (letter case and spaces aside). */
        public boolean differs() {
            return !inRow.isBlank() && !inRegistry.isBlank() && !plain(inRow).equals(plain(inRegistry));
        }

        private static String plain(String value) {
            return value.replaceAll("[\\s.\\-/]", "").toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The fields compared, with how the registry's company gives each. */
    private static final List<Compared> COMPARED = List.of(
            new Compared(ImportField.LEGAL_NAME, f -> f.company().legalName()),
            new Compared(ImportField.TRADE_NAME, f -> f.company().tradeName()),
            new Compared(ImportField.IDENTIFIER, f -> f.company().identifier()),
            new Compared(ImportField.VAT_NUMBER, f -> f.company().vatNumber()),
            new Compared(ImportField.ADDRESS, f -> f.company().address()),
            new Compared(ImportField.POSTCODE, f -> f.company().postcode()),
            new Compared(ImportField.CITY, f -> f.company().city()),
            new Compared(ImportField.ACTIVITY_CODE, f -> f.company().activityCode()),
            new Compared(ImportField.EMAIL, f -> f.contacts().stream().map(CompanyFile.ContactEntry::email)
                    .filter(Objects::nonNull).collect(Collectors.joining(", "))));

    private record Compared(ImportField field, Function<CompanyFile, String> inRegistry) {
    }

    /** The row beside its candidate, on the fields the file maps or the candidate holds. */
    static ReviewCandidate of(LeftRow row, ColumnMapping mapping, CompanyFile candidate) {
        List<Line> lines = new ArrayList<>();
        for (Compared compared : COMPARED) {
            String inRow = mapping == null ? "" : mapping.columnOf(compared.field())
                    .map(column -> column < row.cells().size() ? row.cells().get(column) : "").orElse("");
            String inRegistry = candidate == null ? "" : Objects.requireNonNullElse(compared.inRegistry().apply(candidate), "");
            if (!inRow.isEmpty() || !inRegistry.isEmpty()) {
                lines.add(new Line(compared.field().messageKey(), inRow, inRegistry));
            }
        }
        return new ReviewCandidate(row, candidate, List.copyOf(lines));
    }
}
