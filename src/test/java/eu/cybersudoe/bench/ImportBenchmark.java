package eu.cybersudoe.bench;

import eu.cybersudoe.CyberSudoeApplication;
import eu.cybersudoe.companies.LawfulBasis;
import eu.cybersudoe.companies.imports.ImportJob;
import eu.cybersudoe.companies.imports.ImportRunner;
import eu.cybersudoe.companies.imports.Imports;
import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.io.InputStream;
import java.io.Reader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The import benchmark: writes the nine partners' files, imports them end to end through the
 * same path as the import pages (upload to the file store, mapping guessed as the page offers
 * it, background run, chunked writes) into PostgreSQL, then imports them again, then times a
 * plain {@code COPY} of the same rows into an unindexed table. See bench/imports/README.md.
 *
 * <p>Arguments: the JDBC URL of an empty PostgreSQL database, a working folder, the number of
 * distinct companies (90,000 by default).
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path work = Path.of(args[1]);
        int companies = args.length > 2 ? Integer.parseInt(args[2]) : 90_000;
        long started = System.nanoTime();
        long rows = PartnerFiles.write(work.resolve("files"), companies, 2026);
        System.out.printf("files: %,d rows for %,d companies written in %.1f s%n", rows, companies, seconds(started));

        ConfigurableApplicationContext context = SpringApplication.run(CyberSudoeApplication.class,
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--cybersudoe.data-dir=" + work.resolve("data"),
                "--cybersudoe.demo=false", "--server.port=0", "--management.server.port=0", "--logging.level.root=WARN", "--cybersudoe.imports.poll=PT1H");
        Imports imports = context.getBean(Imports.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        if ("1".equals(System.getenv("WITHOUT_TRIGRAMS"))) {
            // to see what the trigram indexes of name and e-mail search cost a first bulk load
            jdbc.sql("drop index if exists organisation_name_trigram").update();
            jdbc.sql("drop index if exists contact_email_trigram").update();
            System.out.println("trigram indexes dropped for this run");
        }

        int warmUp = Integer.parseInt(System.getenv().getOrDefault("WARM_UP", "20000"));
        if (warmUp > 0) {
            // a platform that has run imports before: the JIT compiler has done its work; then an empty registry again.
            // Rounds until one leaves the compiler little to do: methods it had queued but not compiled when a round
            // ended are dropped from its queue, and compiled in the next round.
            PartnerFiles.write(work.resolve("warm-up"), warmUp, 7);
            int rounds = Integer.parseInt(System.getenv().getOrDefault("WARM_UP_ROUNDS", "5"));
            CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
            for (int round = 1; round <= rounds; round++) {
                long compiledBefore = compiler.getTotalCompilationTime();
                Pass warm = importAll(imports, work.resolve("warm-up"), jdbc);
                jdbc.sql("truncate organisation, organisation_partner, contact, consent_event, import_row, import_job cascade").update();
                System.out.printf("warm-up %d: %,d rows of %,d other companies imported in %.1f s (JIT compiler %.1f s), then the registry "
                        + "emptied%n", round, warm.rows(), warmUp, warm.seconds(), (compiler.getTotalCompilationTime() - compiledBefore) / 1000.0);
            }
        }
        ImportRunner runner = context.getBean(ImportRunner.class);
        long waitedBefore = runner.chunksThatWaited();
        resetPeaks();
        Pass first = importAll(imports, work.resolve("files"), jdbc);
        long peak = peakHeap();
        System.out.printf("first import: %,d rows in %.1f s = %,.0f rows/s (created %,d, merged %,d, review %,d, rejected %,d; blank %,d)%n",
                first.rows(), first.seconds(), first.rows() / first.seconds(), first.created, first.merged, first.review,
                first.rejected, first.blank);
        System.out.println("first import " + first.cpu());
        System.out.printf("chunks written again from the database after meeting a constraint: %d; chunks that waited for the one "
                + "before to commit in this pass: %d%n", runner.chunksWrittenAgain(), runner.chunksThatWaited() - waitedBefore);
        System.out.printf("registry: %,d organisations, %,d contacts, %,d consent events, %,d provenance rows; peak heap %,d MB%n",
                count(jdbc, "organisation"), count(jdbc, "contact"), count(jdbc, "consent_event"),
                count(jdbc, "organisation_partner"), peak / (1 << 20));
        System.out.printf("rows sent to review: %,d; companies: %,d, with %,d establishments under them%n", first.review,
                jdbc.sql("select count(distinct coalesce(company_id, id)) from organisation").query(Long.class).single(),
                jdbc.sql("select count(*) from organisation where company_id is not null").query(Long.class).single());
        jdbc.sql("select reason_key, count(*) from import_row where outcome = 'REVIEW' group by reason_key order by reason_key")
                .query((rs, n) -> String.format("  %s: %,d", rs.getString(1), rs.getLong(2))).list().forEach(System.out::println);
        long[] before = {count(jdbc, "organisation"), count(jdbc, "contact"), count(jdbc, "consent_event"), count(jdbc, "organisation_partner")};

        Pass second = importAll(imports, work.resolve("files"), jdbc);
        long[] after = {count(jdbc, "organisation"), count(jdbc, "contact"), count(jdbc, "consent_event"), count(jdbc, "organisation_partner")};
        System.out.printf("second import of the same files: %,d rows in %.1f s = %,.0f rows/s (created %,d, merged %,d, review %,d, "
                        + "rejected %,d); registry rows written: %,d%n", second.rows(), second.seconds(), second.rows() / second.seconds(),
                second.created, second.merged, second.review, second.rejected,
                (after[0] - before[0]) + (after[1] - before[1]) + (after[2] - before[2]) + (after[3] - before[3]));
        System.out.println("second import " + second.cpu());

        double copyRate = copy(context.getBean(DataSource.class), work.resolve("files"));
        System.out.printf("COPY of the same rows into an unindexed table: %,.0f rows/s; import / COPY = %.2f%n", copyRate,
                (first.rows() / first.seconds()) / copyRate);
        context.close();
    }

    private static final class Pass {
        long created;
        long merged;
        long review;
        long rejected;
        long blank;
        double seconds;
        double javaCpu;
        JvmThreads.Spent jvm;
        double databaseCpu;
        /** The database's background processes (autovacuum workers) running when the pass ended, with their processor time. */
        List<String> backgroundAtEnd = List.of();

        /** The processor time the pass used, which the machine's other work changes less than the elapsed time. */
        String cpu() {
            // the other threads are what the compiler and the collector leave: each import's reading thread ends with it
            return String.format("processor time: Java %.1f s (JIT compiler %.1f s, garbage collector %.1f s, other threads %.1f s), "
                            + "PostgreSQL sessions of the platform %.1f s (%,.0f rows per processor second)", javaCpu, jvm.compiler(),
                    jvm.collector(), javaCpu - jvm.compiler() - jvm.collector(), databaseCpu, rows() / (javaCpu + databaseCpu))
                    + (backgroundAtEnd.isEmpty() ? "" : "; not counted, running when the pass ended: " + String.join(", ", backgroundAtEnd));
        }

        long rows() {
            return created + merged + review + rejected;
        }

        double seconds() {
            return seconds;
        }
    }

    private static Pass importAll(Imports imports, Path folder, JdbcClient jdbc) throws Exception {
        Pass pass = new Pass();
        double javaBefore = javaCpu();
        JvmThreads.Spent jvmBefore = JvmThreads.spent();
        Map<Integer, Double> databaseBefore = databaseCpu(jdbc);
        long started = System.nanoTime();
        List<Long> ids = new ArrayList<>();
        for (Path file : files(folder)) {
            String partner = file.getFileName().toString().replaceAll("\\.(csv|xlsx)$", "");
            ImportJob job;
            try (InputStream content = Files.newInputStream(file)) {
                job = imports.upload(new Imports.Upload(partner, null, file.getFileName().toString(), null, LawfulBasis.CONSENT,
                        "partner file", false, false, (Charset) null), content);
            }
            imports.start(job, imports.preview(job).mapping());
            ids.add(job.id());
        }
        for (long id : ids) {
            ImportJob job;
            while ((job = imports.find(id).orElseThrow()).status().working()) {
                Thread.sleep(20);
            }
            if (job.status() != ImportJob.Status.DONE) {
                throw new IllegalStateException("Import " + id + " ended " + job.status() + ": " + job.failure());
            }
            pass.created += job.created();
            pass.merged += job.merged();
            pass.review += job.review();
            pass.rejected += job.rejected();
            pass.blank += job.blankLines();
        }
        pass.seconds = seconds(started);
        pass.javaCpu = javaCpu() - javaBefore;
        pass.jvm = JvmThreads.spent().minus(jvmBefore);
        Map<Integer, Double> databaseAfter = databaseCpu(jdbc);
        pass.databaseCpu = databaseAfter.entrySet().stream()
                .mapToDouble(session -> session.getValue() - databaseBefore.getOrDefault(session.getKey(), 0.0)).sum();
        pass.backgroundAtEnd = jdbc.sql("select pid, backend_type from pg_stat_activity where datname = current_database() "
                + "and backend_type <> 'client backend'").query((rs, n) -> rs.getString(2) + " " + JvmThreads.ticks(
                Path.of("/proc", rs.getString(1), "stat")).map(ticks -> String.format("%.1f s", ticks / 100.0)).orElse("?")).list();
        return pass;
    }

    /** COPY of every CSV row (the XLSX file's rows are counted through its CSV twin) into a table without index. */
    private static double copy(DataSource dataSource, Path folder) throws Exception {
        long rows = 0;
        long started;
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("drop table if exists bench_copy");
            connection.createStatement().execute("create table bench_copy (c1 text, c2 text, c3 text, c4 text, c5 text, c6 text, "
                    + "c7 text, c8 text, c9 text, c10 text, c11 text, c12 text, c13 text, c14 text, c15 text, c16 text)");
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            started = System.nanoTime();
            for (Path file : files(folder)) {
                if (!file.toString().endsWith(".csv")) {
                    continue;
                }
                boolean french = PartnerFiles.FRENCH.stream().anyMatch(p -> file.getFileName().toString().startsWith(p));
                Charset charset = french ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
                try (Reader reader = Files.newBufferedReader(file, charset)) {
                    rows += copy.copyIn("copy bench_copy from stdin with (format csv, header true, delimiter '"
                            + (french ? ";" : ",") + "', encoding 'UTF8')", reader);
                }
            }
            double seconds = seconds(started);
            connection.createStatement().execute("drop table bench_copy");
            System.out.printf("COPY: %,d rows of the CSV files in %.2f s%n", rows, seconds);
            return rows / seconds;
        }
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static double javaCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /**
     * The processor seconds of each client session of this database (the platform's pooled
     * connections, which live through a pass), by process id, from /proc on Linux; empty elsewhere.
     * Autovacuum workers and the other background processes are left out: an autovacuum worker
     * running when a pass ends would otherwise add all its processor time to the pass.
     */
    private static Map<Integer, Double> databaseCpu(JdbcClient jdbc) {
        Map<Integer, Double> seconds = new HashMap<>();
        for (Integer pid : jdbc.sql("select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend'")
                .query(Integer.class).list()) {
            JvmThreads.ticks(Path.of("/proc", String.valueOf(pid), "stat")).ifPresent(ticks -> seconds.put(pid, ticks / 100.0));
        }
        return seconds;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
