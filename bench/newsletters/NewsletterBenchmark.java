package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.CyberSudoeApplication;
import eu.cybersudoe.shared.Language;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The delivery benchmark's driver (run by {@code bench/newsletters/run.sh}, not a test): starts
 * the application against PostgreSQL and an SMTP sink, creates 90,000 consenting contacts, then
 * launches one issue (or the 20 issues of the programme) written in the four languages through
 * the platform's own path (approval, launch, audience frozen, workers, SMTP couriers) and prints
 * the rate from launch to the last recorded result, the peak memory and the message size.
 *
 * <p>Arguments: {@code one} or {@code all}, then Spring properties ({@code --name=value}).
 */
public final class NewsletterBenchmark {

    static final int CONTACTS = Integer.getInteger("bench.contacts", 90_000);
    static final String DOMAIN = "bench.cybersudoe.example";
    static final int FIRST_NUMBER = 9001;

    private NewsletterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "one";
        String[] properties = java.util.Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CyberSudoeApplication.class)
                .properties("cybersudoe.newsletters.workers=true", "server.port=0")
                .run(properties)) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Programme programme = context.getBean(Programme.class);
            Issues issues = context.getBean(Issues.class);
            if ("resume".equals(mode)) {
                resume(jdbc);
                return;
            }
            if ("clean".equals(mode)) {
                clean(jdbc);
                return;
            }
            clean(jdbc);
            long started = System.nanoTime();
            generateContacts(jdbc);
            System.out.printf("contacts: %d consenting contacts generated in %.1f s%n", CONTACTS,
                    (System.nanoTime() - started) / 1e9);
            int count = "all".equals(mode) ? Programme.ISSUES : 1;
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add(writeIssue(issues, programme, FIRST_NUMBER + i));
            }
            System.out.printf("message size: %d bytes%n", messageSize(context, issues, ids.getFirst()));
            Instant launch = Instant.now();
            for (long id : ids) {
                Programme.Outcome outcome = programme.launchNow(id, java.util.EnumSet.allOf(Language.class), 1L);
                if (!outcome.done()) {
                    throw new IllegalStateException(outcome.messageKey());
                }
            }
            System.out.printf("launched %d issue(s); audience frozen in %.1f s%n", count,
                    Duration.between(launch, Instant.now()).toMillis() / 1e3);
            waitUntilDone(jdbc, ids);
            report(jdbc, ids, launch);
            if (!Boolean.getBoolean("bench.keep")) {
                clean(jdbc);
            }
        }
    }

    static void clean(JdbcClient jdbc) {
        for (String table : new String[] {"newsletter_send", "newsletter_event", "newsletter_unsubscribe", "newsletter_link"}) {
            jdbc.sql("delete from " + table + " where issue_id in (select id from newsletter_issue where number >= 9000 and number < 10000)")
                    .update();
        }
        jdbc.sql("delete from newsletter_issue where number >= 9000 and number < 10000").update();
        jdbc.sql("delete from newsletter_suppression where email_key like ?").param("%@" + DOMAIN).update();
        jdbc.sql("delete from contact where email_key like ?").param("%@" + DOMAIN).update();
        jdbc.sql("delete from organisation where legal_name like 'Bench company %'").update();
        // a run deletes 90,000 to 1,800,000 send records, each written three times: without a vacuum the
        // next run would walk their dead versions (autovacuum falls behind on a busy machine)
        for (String table : new String[] {"newsletter_send", "newsletter_issue", "contact", "organisation"}) {
            jdbc.sql("vacuum analyze " + table).update();
        }
    }

    /** Organisations of the three countries, each with one contact in one of the four languages. */
    static void generateContacts(JdbcClient jdbc) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into organisation (kind, legal_name, name_key, country, nuts2, woman_led, micro, priority_sector,
                    young_woman_led, tags, created_at, updated_at, version)
                select 'COMPANY', 'Bench company ' || g, 'bench company ' || g,
                    (array['FR', 'ES', 'PT'])[1 + g % 3],
                    (array[array['FRJ2', 'FRI1', 'FRK2'], array['ES41', 'ES24', 'ES51'], array['PT11', 'PT16', 'PT17']])
                        [1 + g % 3][1 + (g / 3) % 3],
                    false, true, false, false, '', :now, :now, 0
                from generate_series(1, :n) g""").param("now", now).param("n", CONTACTS).update();
        jdbc.sql("""
                insert into contact (organisation_id, first_name, last_name, email, email_key, language, newsletter_consent,
                    invitation_consent, created_at, updated_at, version)
                select o.id, (array['Marie', 'Lucía', 'João', 'Alex'])[1 + o.id % 4], 'Bench',
                    'contact' || o.id || '@bench.cybersudoe.example', 'contact' || o.id || '@bench.cybersudoe.example',
                    (array['fr', 'es', 'pt', 'en'])[1 + o.id % 4], true, false, :now, :now, 0
                from organisation o where o.legal_name like 'Bench company %'""").param("now", now).update();
    }

    static long writeIssue(Issues issues, Programme programme, int number) {
        issues.add(number, LocalDate.now(), Instant.now());
        long id = issues.programme().stream().filter(i -> i.number() == number).findFirst().orElseThrow().id();
        for (Language language : Language.values()) {
            var errors = programme.saveVariant(id, new Variant(language, "CyberSudoe " + number + " — " + language.code()
                    + " : sécurité numérique des PME", "Dix conseils pour protéger votre entreprise", body(language),
                    "Guide pratique | https://cybersudoe.eu/guide | Le guide du réseau\n"
                            + "Diagnostic gratuit | https://cybersudoe.eu/diagnostic | En 20 minutes\n"
                            + "Agenda | https://cybersudoe.eu/agenda"));
            if (!errors.isEmpty()) {
                throw new IllegalStateException(errors.toString());
            }
        }
        if (!programme.approve(id, 1L).done()) {
            throw new IllegalStateException("Issue " + number + " could not be approved");
        }
        return id;
    }

    /** About 12,000 characters of Markdown, so that the message (text and HTML) weighs about 30 KB. */
    static String body(Language language) {
        StringBuilder body = new StringBuilder("# Édition " + language.code() + "\n\n");
        for (int i = 1; body.length() < 12_000; i++) {
            body.append("## ").append(i).append(". Sauvegardes, mots de passe et mises à jour\n\n")
                    .append("Les petites entreprises sont les premières visées : une sauvegarde **hors ligne** chaque ")
                    .append("semaine, un gestionnaire de mots de passe et des mises à jour automatiques évitent ")
                    .append("l'essentiel des incidents. Voir [la fiche ").append(i).append("](https://cybersudoe.eu/fiches/")
                    .append(i).append(") et *le calendrier des ateliers* près de chez vous.\n\n")
                    .append("- Vérifier les accès des anciens salariés\n- Activer la double authentification\n\n");
        }
        return body.toString();
    }

    static int messageSize(ConfigurableApplicationContext context, Issues issues, long issueId) throws Exception {
        Renditions renditions = context.getBean(Renditions.class);
        Issue issue = issues.find(issueId).orElseThrow();
        PreparedVariant variant = renditions.fresh(issue, issues.variants(issueId).get(Language.FR), "FR", "FRJ2");
        UnsubscribeLinks.Urls urls = context.getBean(UnsubscribeLinks.class).urls(issueId, "contact1@" + DOMAIN, Language.FR);
        Slots.Reading reading = context.getBean(ReadingTracker.class).forCopy(issueId, 1, Language.FR, "FR");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        variant.mime().writeTo(out, "contact1@" + DOMAIN, "<nl.1.abcdefgh@cybersudoe.eu>", "Thu, 26 Nov 2026 12:00:00 +0000",
                variant.rendered().recipient("contact1@" + DOMAIN, "Marie", urls, reading));
        return out.size();
    }

    /**
     * After a node was killed in the middle of an issue ({@code crash.sh}): this node recovers the killed
     * node's records once it has not beaten for the node timeout, finishes the issue and prints the counts
     * by state.
     */
    static void resume(JdbcClient jdbc) throws Exception {
        List<Long> ids = jdbc.sql("select id from newsletter_issue where number >= ? and state in ('SENDING', 'SENT')")
                .param(FIRST_NUMBER).query(Long.class).list();
        Instant restart = Instant.now();
        waitUntilDone(jdbc, ids);
        System.out.printf("resumed: finished %.1f s after the restart%n", Duration.between(restart, Instant.now()).toMillis() / 1e3);
        report(jdbc, ids, restart);
        if (!Boolean.getBoolean("bench.keep")) {
            clean(jdbc);
        }
    }

    static void waitUntilDone(JdbcClient jdbc, List<Long> ids) throws InterruptedException {
        String in = ids.toString().replace('[', '(').replace(']', ')');
        long open;
        long lastPrint = System.nanoTime();
        do {
            Thread.sleep(250);
            open = jdbc.sql("select count(*) from newsletter_send where issue_id in " + in
                    + " and state in ('PENDING', 'DEFERRED', 'CLAIMED', 'SENDING')").query(Long.class).single();
            if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                System.out.printf("  %d records still open%n", open);
                lastPrint = System.nanoTime();
            }
        } while (open > 0);
    }

    static void report(JdbcClient jdbc, List<Long> ids, Instant launch) throws Exception {
        String in = ids.toString().replace('[', '(').replace(']', ')');
        jdbc.sql("select state, count(*) from newsletter_send where issue_id in " + in + " group by state order by state")
                .query((rs, n) -> {
                    System.out.printf("  %-10s %d%n", rs.getString(1), rs.getLong(2));
                    return null;
                }).list();
        long delivered = jdbc.sql("select count(*) from newsletter_send where state = 'DELIVERED' and issue_id in " + in)
                .query(Long.class).single();
        Instant last = jdbc.sql("select max(finished_at) from newsletter_send where issue_id in " + in)
                .query(Timestamp.class).single().toInstant();
        double seconds = Duration.between(launch, last).toMillis() / 1e3;
        long heapPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPeak += pool.getPeakUsage().getUsed();
            }
        }
        String rssPeak = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .findFirst().orElse("VmHWM: ?").replaceAll("\\s+", " ");
        System.out.printf("delivered: %d messages in %.1f s from launch to the last recorded result%n", delivered, seconds);
        System.out.printf("rate: %.0f messages/s%n", delivered / seconds);
        System.out.printf("peak memory: heap %d MB, resident (%s)%n", heapPeak / (1024 * 1024), rssPeak);
    }
}
