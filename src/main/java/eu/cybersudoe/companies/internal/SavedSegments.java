package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.AudienceContact;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.SegmentSummary;
import eu.cybersudoe.companies.Segments;
import eu.cybersudoe.shared.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Segments stored in the {@code segment} table: a partner's named criteria of the company list,
 * kept as JSON text of the list's request parameters so that opening one is following a link.
 */
@Service
@Transactional
public class SavedSegments implements Segments {

    /** The longest name a segment may have. */
    public static final int MAX_NAME_LENGTH = 120;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What became of a request to save a segment: saved, or refused with a message key. */
    public sealed interface Saved {
        record Done(long id) implements Saved {
        }

        record Refused(String messageKey) implements Saved {
        }
    }

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final Clock clock;

    SavedSegments(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(500);
        this.streaming = JdbcClient.create(template);
        this.clock = clock;
    }

    /** Saves the criteria under a name for the partner; names are unique within a partner. */
    public Saved save(String partnerId, String name, SearchCriteria criteria, Long createdBy) {
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty()) {
            return new Saved.Refused("companies.search.segment.name.required");
        }
        if (cleaned.length() > MAX_NAME_LENGTH) {
            return new Saved.Refused("companies.search.segment.name.tooLong");
        }
        boolean taken = jdbc.sql("select count(*) from segment where partner_id = ? and name = ?")
                .params(partnerId, cleaned).query(Long.class).single() > 0;
        if (taken) {
            return new Saved.Refused("companies.search.segment.name.taken");
        }
        jdbc.sql("insert into segment (partner_id, name, criteria, created_by, created_at) values (?, ?, ?, ?, ?)")
                .params(partnerId, cleaned, toJson(criteria), createdBy, Timestamp.from(clock.instant())).update();
        return new Saved.Done(jdbc.sql("select id from segment where partner_id = ? and name = ?")
                .params(partnerId, cleaned).query(Long.class).single());
    }

    @Override
    @Transactional(readOnly = true)
    public List<SegmentSummary> segmentsOf(String partnerId) {
        return jdbc.sql("select id, partner_id, name, created_at from segment where partner_id = ? order by lower(name), id")
                .param(partnerId)
                .query((rs, n) -> new SegmentSummary(rs.getLong("id"), rs.getString("partner_id"), rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** The criteria of one of the partner's segments; empty for another partner's or an unknown one. */
    @Transactional(readOnly = true)
    public Optional<SearchCriteria> criteriaOf(long segmentId, String partnerId) {
        return jdbc.sql("select criteria from segment where id = ? and partner_id = ?").params(segmentId, partnerId)
                .query(String.class).optional().map(SavedSegments::fromJson);
    }

    /** Deletes one of the partner's segments; false when it is not theirs or does not exist. */
    public boolean delete(long segmentId, String partnerId) {
        return jdbc.sql("delete from segment where id = ? and partner_id = ?").params(segmentId, partnerId).update() > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachContact(long segmentId, ConsentPurpose purpose, Consumer<AudienceContact> action) {
        record Stored(String partnerId, String criteria) {
        }
        Stored segment = jdbc.sql("select partner_id, criteria from segment where id = ?").param(segmentId)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2))).optional()
                .orElseThrow(() -> new IllegalArgumentException("No segment " + segmentId));
        SearchQuery query = SearchQuery.of(fromJson(segment.criteria()), OrganisationSearch.Scope.partner(segment.partnerId()));
        streamAudience(query.where(), query.parameters(), purpose, action);
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachContact(ConsentPurpose purpose, Consumer<AudienceContact> action) {
        streamAudience("", Map.of(), purpose, action);
    }

    private void streamAudience(String filter, Map<String, ?> parameters, ConsentPurpose purpose, Consumer<AudienceContact> action) {
        String consent = switch (purpose) {
            case NEWSLETTER -> "c.newsletter_consent";
            case EVENT_INVITATIONS -> "c.invitation_consent";
        };
        String where = filter.isEmpty() ? " where " : filter + " and ";
        String sql = "select c.id, c.organisation_id, c.email, c.first_name, c.language, o.country, o.nuts2"
                + " from contact c join organisation o on o.id = c.organisation_id" + where
                + consent + " = true and c.erased_at is null and c.email_key is not null order by c.id";
        try (Stream<AudienceContact> contacts = streaming.sql(sql).params(parameters)
                .query((rs, n) -> new AudienceContact(rs.getLong(1), new CompanyId(rs.getLong(2)), rs.getString(3),
                        rs.getString(4), Language.fromCode(rs.getString(5)).orElse(Language.DEFAULT), rs.getString(6),
                        rs.getString(7)))
                .stream()) {
            contacts.forEach(action);
        }
    }

    static String toJson(SearchCriteria criteria) {
        ObjectNode root = JSON.createObjectNode();
        criteria.toParameters().forEach(root::put);
        return JSON.writeValueAsString(root);
    }

    static SearchCriteria fromJson(String json) {
        JsonNode root = JSON.readTree(json);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            parameters.put(field.getKey(), field.getValue().asString());
        }
        return SearchCriteria.fromParameters(parameters);
    }
}
