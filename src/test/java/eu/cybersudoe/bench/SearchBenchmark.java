package eu.cybersudoe.bench;

import eu.cybersudoe.CyberSudoeApplication;
import eu.cybersudoe.companies.demo.OrganisationGenerator;
import eu.cybersudoe.conferences.ConferenceKind;
import eu.cybersudoe.conferences.internal.ConferenceDetails;
import eu.cybersudoe.conferences.internal.ConferenceFormat;
import eu.cybersudoe.conferences.internal.ConferenceOffice;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.search.ReindexProgress;
import eu.cybersudoe.search.Search;
import eu.cybersudoe.search.SearchQuery;
import eu.cybersudoe.search.SearchResults;
import eu.cybersudoe.search.SearchScope;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Search benchmark (see {@code bench/search/README.md}): the platform started on a database, conferences written in
 * the four languages from the demo conferences' wording and the demo organisation generator's names, created and
 * published through the organisers' service (so indexed through the change log), then the full rebuild timed and
 * searches in the four languages measured under 8 concurrent users.
 */
public final class SearchBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final ConferenceKind[] KINDS = {ConferenceKind.AWARENESS_CONFERENCE, ConferenceKind.WORKSHOP,
            ConferenceKind.COMMITTEE_SEMINAR};
    private static final List<String> WORDS = List.of("cybersécurité", "entreprises", "sauvegarde", "matinée", "atelier",
            "ciberseguridad", "empresas", "taller", "mañana", "pymes", "cibersegurança", "formação", "empresas seminário",
            "workshop", "security", "small businesses", "morning", "questions", "experts", "comité");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path work = Path.of(args[1]);
        int conferences = Integer.parseInt(args[2]);
        int users = Integer.parseInt(System.getenv().getOrDefault("USERS", "8"));
        int searches = Integer.parseInt(System.getenv().getOrDefault("SEARCHES", "4000"));

        ConfigurableApplicationContext context = SpringApplication.run(CyberSudoeApplication.class,
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--cybersudoe.data-dir=" + work.resolve("data"),
                "--cybersudoe.demo=false", "--server.port=0", "--logging.level.root=WARN", "--cybersudoe.conferences.scheduler=false");
        try {
            Search search = context.getBean(Search.class);
            long present = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("select count(*) from conference").query(Long.class).single();
            if (present >= conferences) {
                System.out.printf("content: the %,d conferences of an earlier run are kept (KEEP=1); the index, rebuilt at start, "
                        + "holds %,d documents%n", present, search.progress().indexed());
            } else {
                long started = System.nanoTime();
                write(context, conferences);
                double writing = seconds(started);
                System.out.printf("content: %,d conferences in 4 languages created and published in %.1f s, each indexed after its "
                        + "commit (%.1f ms a conference); the index holds %,d documents%n", conferences, writing,
                        writing * 1000 / conferences, search.progress().indexed());
            }
            long indexed = search.progress().indexed();

            List<Duration> rebuilds = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                rebuilds.add(rebuild(search));
            }
            Duration rebuild = Collections.min(rebuilds);
            System.out.printf("full rebuild: %s ms (best of 3: %s)%n", rebuild.toMillis(),
                    rebuilds.stream().map(d -> d.toMillis() + " ms").toList());

            measure(search, users, searches / 4, new Random(1));
            Latencies measured = measure(search, users, searches, new Random(2));
            System.out.printf("search: %,d searches by %d concurrent users, %.0f searches/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                            + "max %.1f ms%n", searches, users, measured.perSecond(), measured.percentile(50), measured.percentile(95),
                    measured.percentile(99), measured.percentile(100));
            System.out.printf("CPU: %.1f ms of CPU per search on its thread; machine load average %.1f on %d cores during the run%n",
                    measured.cpuMillisPerSearch(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            System.out.println();
            System.out.printf("%-34s %14s %14s %s%n", "measure", "measured", "goal", "");
            System.out.printf("%-34s %14s %14s %s%n", "documents indexed", String.format("%,d", indexed), ">= 10,000",
                    indexed >= 10_000 ? "ok" : "BELOW");
            System.out.printf("%-34s %11.1f ms %11s ms %s%n", "search p95, " + users + " users", measured.percentile(95), "< 100",
                    measured.percentile(95) < 100 ? "ok" : "MISSED");
            System.out.printf("%-34s %11.1f ms %14s %s%n", "CPU per search (its thread)", measured.cpuMillisPerSearch(),
                    "(printed)", "");
            System.out.printf("%-34s %11d ms %14s %s%n", "full rebuild", rebuild.toMillis(), "(printed)", "");
        } finally {
            context.close();
        }
    }

    /** Conferences of every partner and theme, in the four languages, created and published one by one. */
    private static void write(ConfigurableApplicationContext context, int count) {
        ConferenceOffice office = context.getBean(ConferenceOffice.class);
        Network network = context.getBean(Network.class);
        MessageSource messages = context.getBean(MessageSource.class);
        List<Partner> partners = network.partners();
        List<Theme> themes = network.themes(false);
        Iterator<eu.cybersudoe.companies.demo.GeneratedOrganisation> hosts = new OrganisationGenerator(2026).stream(count).iterator();
        LocalDate first = LocalDate.now().plusDays(10);
        for (int i = 0; i < count; i++) {
            Partner partner = partners.get(i % partners.size());
            Theme theme = themes.get((i / partners.size()) % themes.size());
            ConferenceKind kind = KINDS[i % KINDS.length];
            String host = hosts.next().organisation().legalName();
            Map<Language, String> titles = new EnumMap<>(Language.class);
            Map<Language, String> descriptions = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                String themeName = theme.name().in(language).text();
                titles.put(language, messages.getMessage("conferences.demo.title." + kind.name(), new Object[] {themeName},
                        language.locale()));
                descriptions.put(language, messages.getMessage("conferences.demo.description",
                        new Object[] {themeName, partner.shortName()}, language.locale()) + " " + host);
            }
            Language source = partner.country().language();
            ZoneId zone = switch (partner.country()) {
                case FR -> ZoneId.of("Europe/Paris");
                case ES -> ZoneId.of("Europe/Madrid");
                case PT -> ZoneId.of("Europe/Lisbon");
            };
            Instant start = first.plusDays(i % 700).atTime(LocalTime.of(9, 30)).atZone(zone).toInstant();
            long id = office.create(partner.id().value(), new ConferenceDetails(kind, new LocalizedText(titles, source),
                    new LocalizedText(descriptions, source), List.of(), List.of(theme.code()), List.of(source),
                    ConferenceFormat.IN_PERSON, host, null, null, partner.city(), partner.country(),
                    partner.regions().isEmpty() ? null : partner.regions().getFirst(), null, zone, start,
                    start.plus(Duration.ofMinutes(150)), 40, null, null, null));
            office.publish(id);
            if ((i + 1) % 250 == 0) {
                System.out.printf("  %,d conferences written%n", i + 1);
            }
        }
    }

    private static Duration rebuild(Search search) throws InterruptedException {
        search.startReindex();
        ReindexProgress progress;
        while ((progress = search.progress()).running() || progress.took() == null) {
            Thread.sleep(20);
        }
        return progress.took();
    }

    /** Each user runs searches one after the other: a word of one of the languages, now and then a filter or a later page. */
    private static Latencies measure(Search search, int users, int total, Random random) throws Exception {
        AtomicLong cpuNanos = new AtomicLong();
        List<SearchQuery> queries = new ArrayList<>();
        Language[] languages = Language.values();
        for (int i = 0; i < total; i++) {
            String word = WORDS.get(random.nextInt(WORDS.size()));
            int variant = random.nextInt(10);
            queries.add(new SearchQuery(word, languages[random.nextInt(languages.length)], variant == 0 ? "conference" : null,
                    variant == 1 ? "security" : null, variant == 2 ? "ES" : null, variant == 3 ? 3 : 1, SearchScope.PUBLIC));
        }
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Callable<long[]>> work = new ArrayList<>();
        for (int user = 0; user < users; user++) {
            int from = user;
            work.add(() -> {
                List<Long> mine = new ArrayList<>();
                for (int i = from; i < queries.size(); i += users) {
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    SearchResults results = search.find(queries.get(i));
                    mine.add(System.nanoTime() - start);
                    cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
                    if (results.total() < 0) {
                        throw new IllegalStateException();
                    }
                }
                return mine.stream().mapToLong(Long::longValue).toArray();
            });
        }
        long started = System.nanoTime();
        List<Long> all = new ArrayList<>();
        for (Future<long[]> done : pool.invokeAll(work)) {
            for (long nanos : done.get()) {
                all.add(nanos);
            }
        }
        double elapsed = seconds(started);
        pool.shutdown();
        Collections.sort(all);
        return new Latencies(all, all.size() / elapsed, cpuNanos.get() / 1e6 / all.size());
    }

    /** The latencies in order, the searches answered per second, and the CPU time a search took on its thread. */
    private record Latencies(List<Long> sorted, double perSecond, double cpuMillisPerSearch) {
        double percentile(int p) {
            int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
            return sorted.get(Math.max(0, index)) / 1_000_000.0;
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
