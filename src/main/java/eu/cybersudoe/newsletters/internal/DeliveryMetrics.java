package eu.cybersudoe.newsletters.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The delivery's metrics on {@code /actuator/prometheus}: copies by outcome on this node
 * ({@code newsletter_copies_total{outcome}}, whose rate is the delivery rate), and, refreshed by the
 * housekeeper, the copies of each issue being sent or paused by state
 * ({@code newsletter_issue_copies{issue, state}}: at most the programme's issues, so a bounded set of
 * labels) and the uncertain copies awaiting a network admin's decision
 * ({@code newsletter_uncertain_awaiting}) and the issues overdue (planned day passed, still drafts:
 * {@code newsletter_issues_overdue}).
 */
@Component
class DeliveryMetrics {

    private final Map<SendState, Counter> copies = new EnumMap<>(SendState.class);
    private final MultiGauge issueCopies;
    private final JdbcClient jdbc;
    private volatile long uncertainAwaiting;
    private volatile long overdue;

    DeliveryMetrics(MeterRegistry registry, JdbcClient jdbc) {
        this.jdbc = jdbc;
        for (SendState state : List.of(SendState.DELIVERED, SendState.DEFERRED, SendState.FAILED, SendState.UNCERTAIN,
                SendState.SUPPRESSED)) {
            copies.put(state, Counter.builder("newsletter.copies").tag("outcome", state.name().toLowerCase())
                    .description("Newsletter copies by outcome, on this node").register(registry));
        }
        issueCopies = MultiGauge.builder("newsletter.issue.copies")
                .description("Copies of each issue being sent or paused, by state").register(registry);
        Gauge.builder("newsletter.uncertain.awaiting", this, metrics -> metrics.uncertainAwaiting)
                .description("Uncertain copies awaiting a network admin's decision, all issues together").register(registry);
        Gauge.builder("newsletter.issues.overdue", this, metrics -> metrics.overdue)
                .description("Issues whose planned day has passed while they are still drafts").register(registry);
    }

    void counted(SendState outcome, int howMany) {
        Counter counter = copies.get(outcome);
        if (counter != null && howMany > 0) {
            counter.increment(howMany);
        }
    }

    /** Reads the figures of the issues being sent or paused, and the uncertain copies awaiting a decision. */
    void refresh() {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        jdbc.sql("""
                        select i.number, s.state, count(*) from newsletter_send s join newsletter_issue i on i.id = s.issue_id
                        where i.state in ('SENDING', 'PAUSED') group by i.number, s.state""")
                .query(rs -> {
                    rows.add(MultiGauge.Row.of(Tags.of("issue", String.valueOf(rs.getInt(1)),
                            "state", rs.getString(2).toLowerCase()), rs.getLong(3)));
                });
        issueCopies.register(rows, true);
        uncertainAwaiting = jdbc.sql("select count(*) from newsletter_send where state = 'UNCERTAIN' and uncertain_closed = false")
                .query(Long.class).single();
        overdue = jdbc.sql("select count(*) from newsletter_issue where state = 'DRAFT' and planned_on < ?")
                .param(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"))).query(Long.class).single();
    }
}
