package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.InformedChannel;
import eu.cybersudoe.companies.OrganisationInformed;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.LocalizedTextConverter;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Records that an organisation was informed of the programme, from its page or from another
 * module's {@link OrganisationInformed}: a line of its own (how, when, what, by whom) and a line
 * on the timeline, which the registry's indicators count.
 */
@Service
@Transactional
public class InformedRecords {

    /** One record as the page lists it. */
    public record Line(LocalDate on, InformedChannel channel, String what, String partnerId, String byName) {
    }

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    InformedRecords(JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /** Records it; false when the organisation does not exist or this reference was already recorded for it. */
    public boolean record(OrganisationInformed informed) {
        long organisation = informed.organisation().value();
        if (jdbc.sql("select count(*) from organisation where id = ?").param(organisation).query(Long.class).single() == 0) {
            return false;
        }
        if (informed.reference() != null && jdbc.sql("select count(*) from organisation_informed where organisation_id = ? and reference = ?")
                .params(organisation, informed.reference()).query(Long.class).single() > 0) {
            return false;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into organisation_informed (organisation_id, partner_id, channel, informed_on, what, recorded_by,
                            recorded_by_name, reference, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(organisation, informed.partnerId(), informed.channel().name(), Date.valueOf(informed.on()),
                        cut(informed.what(), 1000), informed.recordedBy(), cut(informed.recordedByName(), 200), informed.reference(), now)
                .update();
        jdbc.sql("insert into organisation_event (organisation_id, kind, partner_id, occurred_at, summary, link) values (?, ?, ?, ?, ?, ?)")
                .params(organisation, RegistryIndicators.INFORMED, informed.partnerId(),
                        Timestamp.from(informed.on().atStartOfDay(clock.getZone()).toInstant()),
                        LocalizedTextConverter.toJson(summary(informed)), null)
                .update();
        return true;
    }

    @ApplicationModuleListener
    void on(OrganisationInformed informed) {
        record(informed);
    }

    @Transactional(readOnly = true)
    public List<Line> of(CompanyId organisation) {
        return jdbc.sql("""
                        select informed_on, channel, what, partner_id, recorded_by_name from organisation_informed
                        where organisation_id = ? order by informed_on desc, id desc""")
                .param(organisation.value())
                .query((rs, n) -> new Line(rs.getDate(1).toLocalDate(), InformedChannel.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    /** "Informed of the programme (e-mail): …" in every language, for the timeline. */
    private LocalizedText summary(OrganisationInformed informed) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String channel = messages.getMessage("informed.channel." + informed.channel().name(), null, language.locale());
            texts.put(language, cut(messages.getMessage("informed.timeline", new Object[]{channel, cut(informed.what(), 300)}, language.locale()), 450));
        }
        return new LocalizedText(texts, Language.EN);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
