package eu.cybersudoe.companies.imports;

import java.util.List;

/**
 * A row of an import that was not written: rejected with its reason, or a probable duplicate
 * waiting for a person (or already decided).
 *
 * @param candidateId    the organisation it probably is, for a review row
 * @param resolution     MERGED or KEPT_APART once a person decided, else null
 */
public record LeftRow(long id, long rowNumber, RowOutcome outcome, String field, String reasonKey, List<String> reasonArguments,
                      Long candidateId, List<String> cells, String resolution) {

    public LeftRow {
        reasonArguments = List.copyOf(reasonArguments);
        cells = List.copyOf(cells);
    }

    public boolean waiting() {
        return outcome == RowOutcome.REVIEW && resolution == null;
    }
}
