package eu.cybersudoe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which module owns which table, read from the Flyway migrations ({@code V<stamp>__<module>_<what>.sql}:
 * a table belongs to the module whose migration creates it), and where a module's SQL names a
 * table of another module: in the string literals and text blocks of its Java sources
 * ({@code JdbcClient} statements, {@code @Query} and native queries; a literal counts as SQL when it
 * holds a statement word such as {@code select}, {@code join} or {@code where}), and in its migrations
 * other than a foreign key to a table of a module every other module may build on.
 */
final class TableOwnership {

    /** Modules whose tables other modules may declare foreign keys to. */
    static final Set<String> REFERABLE = Set.of("network", "accounts", "companies");

    private static final Pattern MIGRATION = Pattern.compile("V[0-9_.]+__([a-z]+)(?:_.*)?\\.sql");
    private static final Pattern CREATE = Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern NAMED = Pattern.compile(
            "(?i)\\b(from|join|into|update|table|on|references)\\s+([a-z_][a-z0-9_]*)((?:(?:\\s+[a-z_][a-z0-9_]*)?\\s*,\\s*[a-z_][a-z0-9_]*)*)");
    private static final Pattern LISTED = Pattern.compile("(?i),\\s*([a-z_][a-z0-9_]*)");
    private static final Pattern STATEMENT = Pattern.compile(
            "(?i)\\b(select|insert\\s+into|update|delete\\s+from|join|where|exists|group\\s+by|order\\s+by)\\b");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

    /**
     * A place where a module names another module's table.
     *
     * @param file   the source or migration, relative to the scanned root
     * @param line   its line, from 1
     * @param module the module whose code it is
     * @param table  the table named
     * @param owner  the module that owns the table
     */
    record Crossing(String file, int line, String module, String table, String owner) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + module + " names " + table + " (owned by " + owner + ")";
        }
    }

    private final Map<String, String> owners = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();

    private TableOwnership() {
    }

    /** Reads the owners of every table from the migrations under the folder (vendor folders included). */
    static TableOwnership fromMigrations(Path migrations) {
        TableOwnership ownership = new TableOwnership();
        for (Path file : files(migrations, ".sql")) {
            String module = moduleOf(file);
            if (module == null) {
                ownership.problems.add(file.getFileName() + " is not named V<stamp>__<module>_<what>.sql");
                continue;
            }
            Matcher created = CREATE.matcher(read(file));
            while (created.find()) {
                String table = created.group(1).toLowerCase(Locale.ROOT);
                String before = ownership.owners.putIfAbsent(table, module);
                if (before != null && !before.equals(module)) {
                    ownership.problems.add(table + " is created by both " + before + " and " + module);
                }
            }
        }
        return ownership;
    }

    Map<String, String> owners() {
        return owners;
    }

    /** Migrations misnamed or tables created by two modules. */
    List<String> problems() {
        return problems;
    }

    /** Where the Java sources under the base package folder ({@code <root>/<module>/…}) name another module's table. */
    List<Crossing> inSources(Path basePackage) {
        List<Crossing> crossings = new ArrayList<>();
        for (Path file : files(basePackage, ".java")) {
            Path relative = basePackage.relativize(file);
            if (relative.getNameCount() < 2) {
                continue;
            }
            String module = relative.getName(0).toString();
            String source = read(file);
            Matcher literal = LITERAL.matcher(source);
            while (literal.find()) {
                int group = literal.group(1) != null ? 1 : 2;
                if (!STATEMENT.matcher(literal.group(group)).find()) {
                    continue;
                }
                named(literal.group(group), false).forEach((offset, table) ->
                        cross(crossings, relative.toString(), lineOf(source, literal.start(group) + offset), module, table));
            }
        }
        return sorted(crossings);
    }

    /** Where a module's migrations name another module's table, foreign keys to referable modules aside. */
    List<Crossing> inMigrations(Path migrations) {
        List<Crossing> crossings = new ArrayList<>();
        for (Path file : files(migrations, ".sql")) {
            String module = moduleOf(file);
            String sql = read(file);
            named(sql, true).forEach((offset, table) ->
                    cross(crossings, migrations.relativize(file).toString(), lineOf(sql, offset), module, table));
        }
        return sorted(crossings);
    }

    private void cross(List<Crossing> crossings, String file, int line, String module, String table) {
        String owner = owners.get(table);
        if (owner != null && module != null && !owner.equals(module)) {
            crossings.add(new Crossing(file, line, module, table, owner));
        }
    }

    /** The tables the SQL names, by offset; with {@code keysAllowed}, references to referable modules' tables are left out. */
    private Map<Integer, String> named(String sql, boolean keysAllowed) {
        Map<Integer, String> tables = new TreeMap<>();
        Matcher named = NAMED.matcher(sql);
        while (named.find()) {
            String keyword = named.group(1).toLowerCase(Locale.ROOT);
            String table = named.group(2).toLowerCase(Locale.ROOT);
            if (keyword.equals("on") && !keysAllowed) {
                continue;
            }
            if (!(keysAllowed && keyword.equals("references") && REFERABLE.contains(owners.get(table)))) {
                tables.put(named.start(2), table);
            }
            Matcher listed = LISTED.matcher(named.group(3));
            while (listed.find()) {
                tables.put(named.start(3) + listed.start(1), listed.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    private static String moduleOf(Path migration) {
        Matcher name = MIGRATION.matcher(migration.getFileName().toString());
        return name.matches() ? name.group(1) : null;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static List<Crossing> sorted(List<Crossing> crossings) {
        crossings.sort(Comparator.comparing(Crossing::file).thenComparingInt(Crossing::line).thenComparing(Crossing::table));
        return crossings;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
