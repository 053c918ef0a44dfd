package eu.cybersudoe.companies.imports;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Writes a chunk's plan on PostgreSQL with {@code COPY … FROM STDIN}, on the connection of the
 * chunk's transaction (so that the chunk stays whole or absent with its checkpoint). The ids of
 * new organisations and contacts are taken from their identity sequences beforehand, since COPY
 * gives no keys back. The database's constraints are checked as with INSERT: a row that breaks
 * one makes the whole COPY, hence the chunk, fail.
 */
final class ChunkCopy {

    /** The query taking ids from the identity sequence of each table, by table. */
    private final Map<String, String> idQueries = new ConcurrentHashMap<>();

    /** Takes ids from the sequences for the plan's new organisations and contacts that have none yet. */
    void assignIds(JdbcTemplate jdbc, ChunkPlan plan) {
        assignIds(jdbc, "organisation", plan.organisations().stream().filter(o -> o.id == null).toList(), (o, id) -> o.id = id);
        assignIds(jdbc, "contact", plan.contacts().stream().filter(c -> c.id == null).toList(), (c, id) -> c.id = id);
    }

    void write(JdbcTemplate jdbc, ChunkPlan plan) {
        assignIds(jdbc, plan);
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copyWithIds(copy, plan.organisationRows(), o -> o.id);
            copy(copy, plan.provenanceRows());
            copyWithIds(copy, plan.contactRows(), c -> c.id);
            copy(copy, plan.consentRows());
            copy(copy, plan.leftRowRows());
            copy(copy, plan.warningRows());
            return null;
        });
        plan.updateKnownContacts(jdbc);
    }

    private <T> void assignIds(JdbcTemplate jdbc, String table, List<T> items, BiConsumer<T, Long> setter) {
        if (items.isEmpty()) {
            return;
        }
        String ids = idQueries.computeIfAbsent(table, t -> nextIds(jdbc.queryForObject("select pg_get_serial_sequence(?, 'id')",
                String.class, t)));
        List<Long> taken = jdbc.queryForList(ids, Long.class, items.size());
        for (int i = 0; i < items.size(); i++) {
            setter.accept(items.get(i), taken.get(i));
        }
    }

    /**
     * The query taking {@code ?} ids from a sequence, its name written as a literal: a parameter
     * cast to {@code regclass} is looked up again for every id once the statement runs on a
     * generic plan (about 2 % of a first import's database time), a literal is resolved once.
     */
    static String nextIds(String sequence) {
        return "select nextval('" + sequence.replace("'", "''") + "') from generate_series(1, ?)";
    }

    private interface Id<T> {
        Long of(T item);
    }

    private static <T> void copyWithIds(CopyManager copy, ChunkPlan.Rows<T> rows, Id<T> id) throws SQLException {
        write(copy, rows.table(), "id, " + String.join(", ", rows.columns()), rows, (text, item) -> {
            text.value(id.of(item));
            text.values(rows.values().apply(item));
        });
    }

    private static <T> void copy(CopyManager copy, ChunkPlan.Rows<T> rows) throws SQLException {
        write(copy, rows.table(), String.join(", ", rows.columns()), rows, (text, item) -> text.values(rows.values().apply(item)));
    }

    private static <T> void write(CopyManager copy, String table, String columns, ChunkPlan.Rows<T> rows,
                                  BiConsumer<CopyText, T> row) throws SQLException {
        if (rows.items().isEmpty()) {
            return;
        }
        CopyText text = new CopyText();
        for (T item : rows.items()) {
            row.accept(text, item);
            text.endRow();
        }
        try {
            copy.copyIn("copy " + table + " (" + columns + ") from stdin", new ByteArrayInputStream(text.bytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows in COPY's text format: tab between values, {@code \N} for null, backslash escapes. */
    static final class CopyText {

        private final StringBuilder text = new StringBuilder(64 * 1024);
        private boolean rowStarted;

        void values(Object[] values) {
            for (Object value : values) {
                value(value);
            }
        }

        void value(Object value) {
            if (rowStarted) {
                text.append('\t');
            }
            rowStarted = true;
            switch (value) {
                case null -> text.append("\\N");
                case Boolean b -> text.append(b ? 't' : 'f');
                case Number n -> text.append(n);
                case Timestamp t -> text.append(t.toInstant());
                default -> escape(value.toString());
            }
        }

        void endRow() {
            text.append('\n');
            rowStarted = false;
        }

        byte[] bytes() {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return text.toString();
        }

        private void escape(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    case '\t' -> text.append("\\t");
                    default -> text.append(c);
                }
            }
        }
    }
}
