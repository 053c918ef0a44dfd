package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.InformedChannel;
import eu.cybersudoe.companies.OrganisationInformed;
import eu.cybersudoe.companies.OrganisationsInformed;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.LocalizedTextConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records that an organisation was informed of the programme, from its page or from another
 * module's {@link OrganisationInformed} (or {@link OrganisationsInformed} for a mass mailing): a line of its own (how, when, what, by whom) and a line
 * on the timeline, which the registry's indicators count.
 */
@Service
@Transactional
public class InformedRecords {

    /** One record as the page lists it. */
    public record Line(LocalDate on, InformedChannel channel, String what, String partnerId, String byName) {
    }

    private static final Logger log = LoggerFactory.getLogger(InformedRecords.class);

    /** How many organisations are recorded per statement batch. */
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final MessageSource messages;
    private final Clock clock;

    InformedRecords(JdbcClient jdbc, JdbcTemplate template, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.messages = messages;
        this.clock = clock;
    }

    /** Records it; false when the organisation does not exist or this reference was already recorded for it. */
    public boolean record(OrganisationInformed informed) {
        return recordEach(List.of(informed.organisation().value()), informed) == 1;
    }

    /**
     * Records one sending for many organisations in a few statements; those that do not exist or
     * already have this reference are left out. Returns how many were recorded.
     */
    public int record(OrganisationsInformed sending) {
        if (sending.organisations().isEmpty()) {
            return 0;
        }
        return recordEach(sending.organisations().stream().map(CompanyId::value).distinct().toList(),
                sending.of(sending.organisations().getFirst()));
    }

    @ApplicationModuleListener
    void on(OrganisationInformed informed) {
        record(informed);
    }

    @ApplicationModuleListener
    void on(OrganisationsInformed sending) {
        int recorded = record(sending);
        log.info("Sending {}: {} organisations recorded as informed of the programme", sending.reference(), recorded);
    }

    /** Records the sending described by {@code informed} (its organisation aside) for each of the organisations. */
    private int recordEach(List<Long> organisations, OrganisationInformed informed) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp occurred = Timestamp.from(informed.on().atStartOfDay(clock.getZone()).toInstant());
        String summary = LocalizedTextConverter.toJson(summary(informed));
        int recorded = 0;
        for (int from = 0; from < organisations.size(); from += CHUNK) {
            List<Long> chunk = newOnes(organisations.subList(from, Math.min(organisations.size(), from + CHUNK)), informed.reference());
            template.batchUpdate("""
                            insert into organisation_informed (organisation_id, partner_id, channel, informed_on, what, recorded_by,
                                recorded_by_name, reference, recorded_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    chunk.stream().map(id -> new Object[]{id, informed.partnerId(), informed.channel().name(),
                            Date.valueOf(informed.on()), cut(informed.what(), 1000), informed.recordedBy(),
                            cut(informed.recordedByName(), 200), informed.reference(), now}).toList());
            template.batchUpdate("insert into organisation_event (organisation_id, kind, partner_id, occurred_at, summary, link) "
                            + "values (?, ?, ?, ?, ?, null)",
                    chunk.stream().map(id -> new Object[]{id, RegistryIndicators.INFORMED, informed.partnerId(), occurred, summary})
                            .toList());
            recorded += chunk.size();
        }
        return recorded;
    }

    /** Those of the organisations that exist and have no record with this reference yet. */
    private List<Long> newOnes(List<Long> organisations, String reference) {
        Set<Long> fresh = new LinkedHashSet<>(jdbc.sql("select id from organisation where id in (:ids)")
                .param("ids", organisations).query(Long.class).list());
        if (reference != null) {
            fresh.removeAll(jdbc.sql("select organisation_id from organisation_informed where reference = :reference "
                            + "and organisation_id in (:ids)")
                    .param("reference", reference).param("ids", organisations).query(Long.class).list());
        }
        return List.copyOf(fresh);
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
