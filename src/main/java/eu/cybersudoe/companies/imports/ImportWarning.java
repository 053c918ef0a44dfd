package eu.cybersudoe.companies.imports;

import java.util.List;
import java.util.Map;

/**
 * A value an import left out of a row it still imported (created or merged), with the reason:
 * an e-mail address, a postcode, a creation year, a size band or a website that could not be read.
 *
 * @param field the field the value was for
 * @param cells the row's cells as read
 */
public record ImportWarning(long id, long rowNumber, String field, String reasonKey, List<String> reasonArguments,
                            List<String> cells) {

    public ImportWarning {
        reasonArguments = List.copyOf(reasonArguments);
        cells = List.copyOf(cells);
    }

    private static final Map<String, ImportField> FIELDS = Map.of("email", ImportField.EMAIL, "postcode", ImportField.POSTCODE,
            "creationYear", ImportField.CREATION_YEAR, "sizeBand", ImportField.SIZE_BAND, "employees", ImportField.EMPLOYEES,
            "website", ImportField.WEBSITE);

    /** The message key of the field's name, as the mapping page names it. */
    public String fieldKey() {
        ImportField named = FIELDS.get(field);
        return named == null ? "companies.import.column.field" : "companies.import.field." + named.name();
    }
}
