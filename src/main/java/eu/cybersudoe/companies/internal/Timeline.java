package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.CompanyActivityRecorded;
import eu.cybersudoe.shared.LocalizedTextConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/** Adds what other modules report about a company to its timeline. */
@Component
class Timeline {

    private final JdbcClient jdbc;

    Timeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(CompanyActivityRecorded activity) {
        jdbc.sql("""
                        insert into organisation_event (organisation_id, kind, partner_id, occurred_at, summary, link)
                        select id, ?, ?, ?, ?, ? from organisation where id = ?""")
                .params(activity.kind(), activity.partnerId(), Timestamp.from(activity.occurredAt()),
                        LocalizedTextConverter.toJson(activity.summary()), activity.link(), activity.company().value())
                .update();
    }
}
