package eu.cybersudoe.companies.imports;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which column of a file holds which field of the registry. A column may hold nothing the
 * registry keeps; a field is held by one column at most.
 *
 * @param columns the field of each mapped column, by column index from 0
 */
public record ColumnMapping(Map<Integer, ImportField> columns, int[] columnOfField) {

    public ColumnMapping {
        columns = Map.copyOf(columns);
    }

    public ColumnMapping(Map<Integer, ImportField> columns) {
        this(columns, index(columns));
    }

    /** The column of each field by its ordinal, -1 for none: read for every cell of every row. */
    private static int[] index(Map<Integer, ImportField> columns) {
        int[] index = new int[ImportField.values().length];
        java.util.Arrays.fill(index, -1);
        columns.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (index[e.getValue().ordinal()] < 0) {
                index[e.getValue().ordinal()] = e.getKey();
            }
        });
        return index;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnMapping mapping && mapping.columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return "ColumnMapping" + columns;
    }

    /**
     * A first mapping of a header: the partner's saved choices for the same column names, then
     * the usual names of each field; a field already taken by an earlier column is left out.
     *
     * @param saved the partner's earlier choices, by plain column name
     */
    public static ColumnMapping guess(List<String> header, Map<String, ImportField> saved) {
        Map<Integer, ImportField> columns = new LinkedHashMap<>();
        Set<ImportField> taken = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String plain = ImportField.plain(header.get(i));
            Optional<ImportField> field = saved.containsKey(plain) ? Optional.ofNullable(saved.get(plain)) : ImportField.guess(plain);
            if (field.isPresent() && taken.add(field.get())) {
                columns.put(i, field.get());
            }
        }
        return new ColumnMapping(columns);
    }

    /** The column holding a field, if one does. */
    public Optional<Integer> columnOf(ImportField field) {
        int column = columnOfField[field.ordinal()];
        return column < 0 ? Optional.empty() : Optional.of(column);
    }

    public Optional<ImportField> fieldOf(int column) {
        return Optional.ofNullable(columns.get(column));
    }

    public boolean holds(ImportField field) {
        return columns.containsValue(field);
    }

    /**
     * What is wrong with this mapping, as message keys: a field mapped twice, or neither a name
     * nor an e-mail column (a row could then be matched to nothing).
     */
    public List<String> problems() {
        Map<ImportField, Integer> uses = new EnumMap<>(ImportField.class);
        columns.values().forEach(field -> uses.merge(field, 1, Integer::sum));
        if (uses.values().stream().anyMatch(count -> count > 1)) {
            return List.of("companies.import.mapping.twice");
        }
        if (!holds(ImportField.LEGAL_NAME) && !holds(ImportField.EMAIL)) {
            return List.of("companies.import.mapping.nameOrEmail");
        }
        return List.of();
    }

    /** The mapping by plain column name, as it is saved for the partner's next file. */
    public Map<String, ImportField> byColumnName(List<String> header) {
        Map<String, ImportField> named = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            ImportField field = columns.get(i);
            if (field != null) {
                named.put(ImportField.plain(header.get(i)), field);
            }
        }
        return named;
    }
}
