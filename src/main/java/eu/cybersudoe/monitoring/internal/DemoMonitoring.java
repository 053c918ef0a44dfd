package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.Closer;
import eu.cybersudoe.monitoring.EditionRefused;
import eu.cybersudoe.monitoring.EntryRefused;
import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.IndicatorEntries;
import eu.cybersudoe.monitoring.IndicatorEntries.Person;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In demo mode ({@code cybersudoe.demo=true}), after the other modules' demo data, gives the dashboard
 * a life when monitoring holds nothing yet: the latest ended semester closed into an edition, values of
 * indicators no module measures entered for the running semester in each state (submitted, validated,
 * returned) with an evidence file, the rules' adoption, and self-evaluations of the closed semester.
 * Everything goes through the real moves (four-eyes included).
 */
@Component
class DemoMonitoring {

    private static final Logger log = LoggerFactory.getLogger(DemoMonitoring.class);
    private static final Person STAFF = new Person(-1, "Demo");
    private static final Person ADMIN = new Person(-2, "Demo admin");

    private final boolean enabled;
    private final Network network;
    private final Monitoring monitoring;
    private final IndicatorEntries entries;
    private final SelfEvaluations selfEvaluations;
    private final RulesAdoptions adoptions;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoMonitoring(@Value("${cybersudoe.demo:false}") boolean enabled, Network network, Monitoring monitoring,
                   IndicatorEntries entries, SelfEvaluations selfEvaluations, RulesAdoptions adoptions, JdbcClient jdbc, Clock clock) {
        this.enabled = enabled;
        this.network = network;
        this.monitoring = monitoring;
        this.entries = entries;
        this.selfEvaluations = selfEvaluations;
        this.adoptions = adoptions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(90)
    public void onReady() {
        if (enabled) {
            create();
        }
    }

    /** Adds the demo monitoring data when monitoring holds none; returns whether it did. */
    boolean create() {
        if (jdbc.sql("select count(*) from monitoring_edition").query(Long.class).single() > 0
                || jdbc.sql("select count(*) from monitoring_entry").query(Long.class).single() > 0) {
            log.info("Demo mode: monitoring already holds data, no demo monitoring added");
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        List<Semester> semesters = network.calendar().semesters();
        Optional<Semester> ended = semesters.stream().filter(s -> s.end().isBefore(today)).reduce((a, b) -> b);
        ended.ifPresent(this::close);
        semesters.stream().filter(s -> !s.start().isAfter(today)).reduce((a, b) -> b).ifPresent(this::enter);
        adoptions.record("1.0", semesters.getFirst().start().plusMonths(2).isAfter(today) ? today
                : semesters.getFirst().start().plusMonths(2), ADMIN.accountId(), ADMIN.name());
        ended.ifPresent(this::selfEvaluate);
        log.info("Demo mode: demo monitoring added");
        return true;
    }

    private void close(Semester semester) {
        try {
            monitoring.close(semester.number(), new Closer(ADMIN.accountId(), ADMIN.name(), Role.NETWORK_ADMIN, Optional.empty()), null);
        } catch (EditionRefused refused) {
            log.info("Demo mode: semester {} not closed ({})", semester.number(), refused.messageKey());
        }
    }

    /** Three entered values per indicator no module measures, for the first partners: submitted, validated, returned. */
    private void enter(Semester semester) {
        List<Indicator> enterable = entries.enterable();
        List<Partner> partners = network.partners();
        for (int i = 0; i < enterable.size() && i < 4; i++) {
            for (int p = 0; p < partners.size() && p < 3; p++) {
                Partner partner = partners.get(p);
                try {
                    IndicatorEntries.Entry entry = entries.submit(enterable.get(i).code(), partner.id(), semester.number(),
                            BigDecimal.valueOf(2L + i + p), "Demo", List.of(new IndicatorEntries.EvidenceUpload("evidence.txt",
                                    new ByteArrayInputStream(("Demo evidence, " + partner.shortName()).getBytes(StandardCharsets.UTF_8)))),
                            STAFF);
                    switch (p) {
                        case 1 -> entries.validate(entry.id(), ADMIN);
                        case 2 -> entries.giveBack(entry.id(), ADMIN, "Demo");
                        default -> { }
                    }
                } catch (EntryRefused refused) {
                    log.info("Demo mode: no demo value of {} ({})", enterable.get(i).code(), refused.messageKey());
                }
            }
        }
    }

    private void selfEvaluate(Semester semester) {
        List<Partner> partners = network.partners();
        String[] scale = {"4", "3", "5", "2"};
        String[] level = {"yes", "partly", "yes", "no"};
        for (int p = 0; p < partners.size() && p < 4; p++) {
            selfEvaluations.answer(partners.get(p).id(), semester.number(), Map.of("planned", scale[p], "efficient", scale[(p + 1) % 4],
                    "indicators", level[p], "cooperation", level[(p + 2) % 4]), STAFF.accountId(), STAFF.name());
        }
    }
}
