package eu.cybersudoe.companies.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Finds organisations of the registry by the company list's criteria, one page at a time or all
 * of them as a stream (for exports). Partner staff see only the organisations their partner
 * brought or served: the scope is part of the SQL, never applied afterwards.
 */
@Component
@Transactional(readOnly = true)
public class OrganisationSearch {

    /** Rows a page shows. */
    public static final int PAGE_SIZE = 25;
    /** The last page one can ask for; beyond it, offsets cost more than they help. */
    public static final int MAX_PAGE = 4_000;
    private static final int BATCH = 500;

    private static final String COLUMNS = "select o.id, o.legal_name, o.country, o.nuts2, o.sector_theme, o.size_class,"
            + " o.micro, o.priority_sector, o.young_woman_led, o.activity_code, o.nace_class, o.company_id from organisation o";

    /**
     * Whose organisations may be seen: all (network admins), or those one partner brought or served.
     *
     * @param partnerId the partner, or null for all
     */
    public record Scope(String partnerId) {
        public static Scope all() {
            return new Scope(null);
        }

        public static Scope partner(String partnerId) {
            return new Scope(partnerId == null ? "" : partnerId);
        }
    }

    /**
     * One organisation as the list and exports show it; {@code unknownActivity} when its activity
     * code was kept as given, the classification not knowing it; {@code companyId} the company
     * whose establishment it is, or null.
     */
    public record Row(long id, String legalName, String country, String region, String sector, String size,
                      boolean micro, boolean prioritySector, boolean youngWomanLed, boolean unknownActivity, Long companyId,
                      List<String> partners) {
        public Row {
            partners = List.copyOf(partners);
        }

        /** A record that is no company's establishment. */
        public Row(long id, String legalName, String country, String region, String sector, String size, boolean micro,
                   boolean prioritySector, boolean youngWomanLed, boolean unknownActivity, List<String> partners) {
            this(id, legalName, country, region, sector, size, micro, prioritySector, youngWomanLed, unknownActivity, null, partners);
        }

        public boolean establishment() {
            return companyId != null;
        }
    }

    /**
     * A page of results.
     *
     * @param rows      the page's rows
     * @param total     how many organisations match in all
     * @param page      the page number, from 1
     * @param companies how many companies they are, a company's establishments counted under it
     */
    public record Page(List<Row> rows, long total, int page, long companies) {
        public Page {
            rows = List.copyOf(rows);
        }

        /** A page where every record is a company of its own. */
        public Page(List<Row> rows, long total, int page) {
            this(rows, total, page, total);
        }

        /** Whether some records found are establishments of the same company. */
        public boolean establishmentsCounted() {
            return companies < total;
        }

        public int pageCount() {
            return (int) Math.min(MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    OrganisationSearch(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(BATCH);
        this.streaming = JdbcClient.create(template);
    }

    /** One page (from 1; out-of-range numbers are brought within bounds) and the total. */
    public Page search(SearchCriteria criteria, Scope scope, int page) {
        SearchQuery query = SearchQuery.of(criteria, scope);
        long[] counts = jdbc.sql("select count(*), count(distinct coalesce(o.company_id, o.id)) from organisation o" + query.where())
                .params(query.parameters()).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        long total = counts[0];
        int bounded = Math.max(1, Math.min(page, MAX_PAGE));
        List<Row> rows = jdbc.sql(COLUMNS + query.where() + " order by " + criteria.sort().orderBy + " limit :limit offset :offset")
                .params(query.parameters()).param("limit", PAGE_SIZE).param("offset", (bounded - 1) * PAGE_SIZE)
                .query(OrganisationSearch::row).list();
        return new Page(withPartners(rows), total, bounded, counts[1]);
    }

    /** Every matching organisation in order, read in batches so that memory stays bounded. */
    public void forEach(SearchCriteria criteria, Scope scope, Consumer<Row> action) {
        SearchQuery query = SearchQuery.of(criteria, scope);
        List<Row> batch = new ArrayList<>(BATCH);
        try (Stream<Row> rows = streaming.sql(COLUMNS + query.where() + " order by " + criteria.sort().orderBy)
                .params(query.parameters()).query(OrganisationSearch::row).stream()) {
            rows.forEach(row -> {
                batch.add(row);
                if (batch.size() == BATCH) {
                    withPartners(batch).forEach(action);
                    batch.clear();
                }
            });
        }
        withPartners(batch).forEach(action);
    }

    private List<Row> withPartners(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, TreeSet<String>> partners = new HashMap<>();
        jdbc.sql("select organisation_id, partner_id from organisation_partner where organisation_id in (:ids)")
                .param("ids", rows.stream().map(Row::id).toList())
                .query(rs -> {
                    partners.computeIfAbsent(rs.getLong(1), id -> new TreeSet<>()).add(rs.getString(2));
                });
        return rows.stream().map(r -> new Row(r.id(), r.legalName(), r.country(), r.region(), r.sector(), r.size(),
                r.micro(), r.prioritySector(), r.youngWomanLed(), r.unknownActivity(), r.companyId(),
                List.copyOf(partners.getOrDefault(r.id(), new TreeSet<>())))).toList();
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("legal_name"), rs.getString("country"), rs.getString("nuts2"),
                rs.getString("sector_theme"), rs.getString("size_class"), rs.getBoolean("micro"),
                rs.getBoolean("priority_sector"), rs.getBoolean("young_woman_led"),
                rs.getString("activity_code") != null && rs.getString("nace_class") == null,
                rs.getObject("company_id") == null ? null : rs.getLong("company_id"), List.of());
    }
}
