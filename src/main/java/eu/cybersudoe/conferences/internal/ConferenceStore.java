package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.conferences.ConferenceKind;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedTextConverter;
import eu.cybersudoe.search.SearchableChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stored conferences, read and written with SQL. */
@Repository
public class ConferenceStore {

    private static final String COLUMNS = """
            partner_id = :partner, co_organisers = :coOrganisers, kind = :kind, title = :title, description = :description,
            themes = :themes, languages = :languages, format = :format, venue = :venue, address = :address,
            postcode = :postcode, city = :city, country = :country, nuts2 = :nuts2, online_link = :onlineLink,
            time_zone = :zone, starts_at = :startsAt, ends_at = :endsAt, capacity = :capacity,
            registration_opens_at = :opensAt, registration_closes_at = :closesAt, speakers = :speakers, updated_at = :now""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ConferenceStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The index is told after the commit that the conference's searchable documents changed. */
    private void changed(long id) {
        events.publishEvent(new SearchableChanged(ConferenceSearchSource.KIND, Long.toString(id)));
    }

    long insert(String partnerId, ConferenceDetails details, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        params(jdbc.sql("""
                insert into conference (partner_id, co_organisers, kind, status, title, description, themes, languages, format,
                    venue, address, postcode, city, country, nuts2, online_link, time_zone, starts_at, ends_at, capacity,
                    registration_opens_at, registration_closes_at, speakers, confirmed, created_at, updated_at)
                values (:partner, :coOrganisers, :kind, 'DRAFT', :title, :description, :themes, :languages, :format, :venue,
                    :address, :postcode, :city, :country, :nuts2, :onlineLink, :zone, :startsAt, :endsAt, :capacity, :opensAt,
                    :closesAt, :speakers, 0, :now, :now)"""), partnerId, details, now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        changed(id);
        return id;
    }

    /** Stores new details; refuses (false) a capacity below the seats already taken. */
    boolean update(long id, String partnerId, ConferenceDetails details, Instant now) {
        boolean updated = params(jdbc.sql("update conference set " + COLUMNS + " where id = :id and confirmed <= :capacity"),
                partnerId, details, now).param("id", id).update() == 1;
        if (updated) {
            changed(id);
        }
        return updated;
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, String partnerId, ConferenceDetails d, Instant now) {
        return sql.param("partner", partnerId)
                .param("coOrganisers", Lists.join(d.coOrganisers()))
                .param("kind", d.kind().name())
                .param("title", LocalizedTextConverter.toJson(d.title()))
                .param("description", LocalizedTextConverter.toJson(d.description()))
                .param("themes", Lists.join(d.themes()))
                .param("languages", Lists.join(d.languages().stream().map(Language::code).toList()))
                .param("format", d.format().name())
                .param("venue", d.venue())
                .param("address", d.address())
                .param("postcode", d.postcode())
                .param("city", d.city())
                .param("country", d.country().name())
                .param("nuts2", d.nuts2())
                .param("onlineLink", d.onlineLink())
                .param("zone", d.zone().getId())
                .param("startsAt", timestamp(d.startsAt()))
                .param("endsAt", timestamp(d.endsAt()))
                .param("capacity", d.capacity())
                .param("opensAt", timestamp(d.registrationOpensAt()))
                .param("closesAt", timestamp(d.registrationClosesAt()))
                .param("speakers", d.speakers())
                .param("now", timestamp(now));
    }

    public Optional<Conference> find(long id) {
        return jdbc.sql("select * from conference where id = ?").param(id).query(ConferenceStore::row).optional();
    }

    /** Moves a conference from one status to another, stamping the given column; false when it was not in {@code from}. */
    boolean move(long id, ConferenceStatus from, ConferenceStatus to, String stampColumn, Instant now) {
        boolean moved = jdbc.sql("update conference set status = ?, " + stampColumn + " = ?, updated_at = ? where id = ? and status = ?")
                .params(to.name(), timestamp(now), timestamp(now), id, from.name()).update() == 1;
        if (moved) {
            changed(id);
        }
        return moved;
    }

    /** Takes a seat when one is left, in one conditional update: simultaneous registrations never overbook. */
    boolean takeSeat(long id) {
        return jdbc.sql("update conference set confirmed = confirmed + 1 where id = ? and confirmed < capacity")
                .param(id).update() == 1;
    }

    void releaseSeat(long id) {
        jdbc.sql("update conference set confirmed = confirmed - 1 where id = ? and confirmed > 0").param(id).update();
    }

    /** The public agenda: published conferences (and closed or cancelled ones that were), filtered, a page at a time. */
    public ConferencePage agenda(AgendaQuery query, Instant now) {
        StringBuilder where = new StringBuilder(" where published_at is not null and status <> 'DRAFT'");
        Map<String, Object> params = new HashMap<>();
        where.append(query.past() ? " and ends_at <= :now" : " and ends_at > :now");
        params.put("now", timestamp(now));
        add(where, params, "country", query.country(), " and country = :country");
        add(where, params, "region", query.region(), " and nuts2 = :region");
        add(where, params, "theme", query.theme() == null ? null : Lists.containing(query.theme()), " and themes like :theme");
        add(where, params, "language", query.language() == null ? null : Lists.containing(query.language()),
                " and languages like :language");
        add(where, params, "partner", query.partner() == null ? null : Lists.containing(query.partner()),
                " and (partner_id = :partnerId or co_organisers like :partner)");
        if (query.partner() != null) {
            params.put("partnerId", query.partner());
        }
        add(where, params, "format", query.format() == null ? null : query.format().name(), " and format = :format");
        add(where, params, "from", query.from() == null ? null : timestamp(query.from().atStartOfDay(ZoneOffset.UTC).minusHours(14).toInstant()),
                " and ends_at >= :from");
        add(where, params, "to", query.to() == null ? null : timestamp(query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).plusHours(14).toInstant()),
                " and starts_at < :to");
        long total = jdbc.sql("select count(*) from conference" + where).params(params).query(Long.class).single();
        List<Conference> rows = jdbc.sql("select * from conference" + where + " order by starts_at "
                        + (query.past() ? "desc" : "asc") + ", id limit :limit offset :offset")
                .params(params).param("limit", AgendaQuery.PAGE_SIZE)
                .param("offset", (query.page() - 1) * AgendaQuery.PAGE_SIZE)
                .query(ConferenceStore::row).list();
        return new ConferencePage(rows, total, query.page(), AgendaQuery.PAGE_SIZE);
    }

    /** Every conference a calendar feed lists: published ones, upcoming and of the last year. */
    public List<Conference> feed(String partner, String theme, String country, Instant since) {
        StringBuilder where = new StringBuilder(" where published_at is not null and status <> 'DRAFT' and ends_at >= :since");
        Map<String, Object> params = new HashMap<>();
        params.put("since", timestamp(since));
        add(where, params, "partner", partner == null ? null : Lists.containing(partner),
                " and (partner_id = :partnerId or co_organisers like :partner)");
        if (partner != null) {
            params.put("partnerId", partner);
        }
        add(where, params, "theme", theme == null ? null : Lists.containing(theme), " and themes like :theme");
        add(where, params, "country", country, " and country = :country");
        return jdbc.sql("select * from conference" + where + " order by starts_at limit 2000").params(params)
                .query(ConferenceStore::row).list();
    }

    /** Every conference, the oldest first, for a rebuild of the search index. */
    public java.util.stream.Stream<Conference> everyOne() {
        return jdbc.sql("select * from conference order by id").query(ConferenceStore::row).stream();
    }

    /** The back-office list: a partner's conferences (organised or co-organised), or all for null. */
    public ConferencePage office(String partner, int page, int size) {
        String where = partner == null ? "" : " where partner_id = :partnerId or co_organisers like :partner";
        Map<String, Object> params = new HashMap<>();
        if (partner != null) {
            params.put("partnerId", partner);
            params.put("partner", Lists.containing(partner));
        }
        long total = jdbc.sql("select count(*) from conference" + where).params(params).query(Long.class).single();
        List<Conference> rows = jdbc.sql("select * from conference" + where + " order by starts_at desc, id desc limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (Math.max(1, page) - 1) * size)
                .query(ConferenceStore::row).list();
        return new ConferencePage(rows, total, Math.max(1, page), size);
    }

    private static void add(StringBuilder where, Map<String, Object> params, String name, Object value, String clause) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.append(clause);
            params.put(name, value);
        }
    }

    static Conference row(ResultSet rs, int rowNum) throws SQLException {
        ConferenceDetails details = new ConferenceDetails(
                ConferenceKind.valueOf(rs.getString("kind")),
                LocalizedTextConverter.fromJson(rs.getString("title")),
                LocalizedTextConverter.fromJson(rs.getString("description")),
                Lists.split(rs.getString("co_organisers")),
                Lists.split(rs.getString("themes")),
                Lists.split(rs.getString("languages")).stream().map(code -> Language.fromCode(code).orElse(Language.DEFAULT)).toList(),
                ConferenceFormat.valueOf(rs.getString("format")),
                rs.getString("venue"), rs.getString("address"), rs.getString("postcode"), rs.getString("city"),
                Country.valueOf(rs.getString("country")), rs.getString("nuts2"), rs.getString("online_link"),
                ZoneId.of(rs.getString("time_zone")),
                instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getInt("capacity"),
                instant(rs, "registration_opens_at"), instant(rs, "registration_closes_at"), rs.getString("speakers"));
        return new Conference(rs.getLong("id"), rs.getString("partner_id"), ConferenceStatus.valueOf(rs.getString("status")),
                details, rs.getInt("confirmed"), instant(rs, "published_at"), instant(rs, "cancelled_at"),
                instant(rs, "closed_at"), instant(rs, "created_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

}
