package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.conferences.ConferenceDirectory;
import eu.cybersudoe.shared.LocalizedTextConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.List;

/** The conferences of a partner, read from the module's own table. */
@Component
class PartnerConferences implements ConferenceDirectory {

    private final JdbcClient jdbc;

    PartnerConferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Listed> organisedBy(String partnerId, int limit) {
        return jdbc.sql("""
                        select id, title, city from conference where partner_id = ? and status <> 'DRAFT'
                        order by starts_at desc, id desc limit ?""").params(partnerId, limit)
                .query((rs, n) -> new Listed(rs.getLong("id"), LocalizedTextConverter.fromJson(rs.getString("title")),
                        rs.getString("city"))).list();
    }

    @Override
    public boolean isOrganisedBy(long conferenceId, String partnerId) {
        return jdbc.sql("select count(*) from conference where id = ? and partner_id = ?").params(conferenceId, partnerId)
                .query(Long.class).single() > 0;
    }

    @Override
    public List<Seminar> committeeSeminars() {
        return jdbc.sql("""
                        select id, title, city, starts_at, time_zone from conference
                        where kind = 'COMMITTEE_SEMINAR' and status not in ('DRAFT', 'CANCELLED') order by starts_at, id""")
                .query((rs, n) -> new Seminar(rs.getLong("id"), LocalizedTextConverter.fromJson(rs.getString("title")),
                        rs.getString("city"), rs.getTimestamp("starts_at").toInstant(), ZoneId.of(rs.getString("time_zone"))))
                .list();
    }
}
