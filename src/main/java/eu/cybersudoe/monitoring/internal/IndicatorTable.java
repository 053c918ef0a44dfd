package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.PartnerTargetRule;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.CacheVersions;
import eu.cybersudoe.shared.LocalizedTextConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** The indicator catalogue's tables: {@code monitoring_indicator} and {@code monitoring_partner_target}. */
@Repository
class IndicatorTable {

    /** A stored indicator with its place in the catalogue and whether it was retired. */
    record Row(Indicator indicator, int order, boolean retired) {
    }

    private static final String ALL = "*";
    /** The catalogue's version in {@link CacheVersions}, raised by every node that changes it. */
    static final String CACHE = "monitoring-indicators";

    /** The catalogue as read at a version. */
    private record Copy(long version, Map<String, Row> rows) {
    }

    private final JdbcClient jdbc;
    private final CacheVersions versions;
    /** The catalogue as last read outside a writing transaction; pages read it on every request. */
    private final AtomicReference<Copy> cached = new AtomicReference<>();

    IndicatorTable(JdbcClient jdbc, CacheVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    /**
     * Every stored indicator, retired ones included, by code. Answered from memory while the
     * catalogue's version is the one of the copy (whichever node changed it), except in a
     * transaction that writes the catalogue, which sees its own changes.
     */
    Map<String, Row> all() {
        if (writing()) {
            return read();
        }
        long version = versions.current(CACHE);
        Copy copy = cached.get();
        if (copy == null || copy.version() != version) {
            copy = new Copy(version, Collections.unmodifiableMap(read()));
            cached.set(copy);
        }
        return copy.rows();
    }

    private static boolean writing() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /**
     * Raises the catalogue's version for every node, and forgets this node's copy now and when the
     * writing transaction ends, committed or not.
     */
    private void changed() {
        versions.changed(CACHE);
        cached.set(null);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cached.set(null);
                }
            });
        }
    }

    private Map<String, Row> read() {
        Map<String, Map<String, BigDecimal>> scopes = new HashMap<>();
        jdbc.sql("select indicator_code, scope, target from monitoring_partner_target")
                .query((rs, n) -> scopes.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3)))
                .list();
        Map<String, Row> rows = new LinkedHashMap<>();
        jdbc.sql("select * from monitoring_indicator order by sort_order, code")
                .query((rs, n) -> row(rs, scopes.getOrDefault(rs.getString("code"), Map.of())))
                .list()
                .forEach(row -> rows.put(row.indicator().code(), row));
        return rows;
    }

    /** The active indicators, in catalogue order. */
    List<Indicator> active() {
        return all().values().stream().filter(r -> !r.retired()).map(Row::indicator).toList();
    }

    void insert(Indicator indicator, int order, OffsetDateTime now) {
        changed();
        jdbc.sql("""
                        insert into monitoring_indicator (code, sort_order, kind, unit, work_package, name, definition,
                            global_target, declared_target, partner_rule, distinct_count, retired_at, updated_at)
                        values (:code, :order, :kind, :unit, :workPackage, :name, :definition,
                            :globalTarget, :declaredTarget, :rule, :distinct, null, :now)""")
                .params(columns(indicator, order)).param("now", now).update();
        insertTargets(indicator);
    }

    /** Rewrites an indicator from the file; a retired one becomes active again. */
    void update(Indicator indicator, int order, OffsetDateTime now) {
        changed();
        jdbc.sql("""
                        update monitoring_indicator set sort_order = :order, kind = :kind, unit = :unit,
                            work_package = :workPackage, name = :name, definition = :definition,
                            global_target = :globalTarget, declared_target = :declaredTarget, partner_rule = :rule,
                            distinct_count = :distinct, retired_at = null, updated_at = :now
                        where code = :code""")
                .params(columns(indicator, order)).param("now", now).update();
        jdbc.sql("delete from monitoring_partner_target where indicator_code = :code").param("code", indicator.code()).update();
        insertTargets(indicator);
    }

    /** Moves an indicator to its place in the file's order, without counting it as an edit. */
    void reorder(String code, int order) {
        changed();
        jdbc.sql("update monitoring_indicator set sort_order = :order where code = :code")
                .param("order", order).param("code", code).update();
    }

    void retire(String code, OffsetDateTime now) {
        changed();
        jdbc.sql("update monitoring_indicator set retired_at = :now, updated_at = :now where code = :code")
                .param("now", now).param("code", code).update();
    }

    private void insertTargets(Indicator indicator) {
        Map<String, BigDecimal> scopes = new LinkedHashMap<>();
        switch (indicator.partnerRule()) {
            case PartnerTargetRule.None none -> { }
            case PartnerTargetRule.SameForAll all -> scopes.put(ALL, all.target());
            case PartnerTargetRule.ByCountry byCountry -> byCountry.targets().forEach((c, t) -> scopes.put(c.name(), t));
            case PartnerTargetRule.ByPartner byPartner -> byPartner.targets().forEach((p, t) -> scopes.put(p.value(), t));
        }
        scopes.forEach((scope, target) -> jdbc.sql(
                        "insert into monitoring_partner_target (indicator_code, scope, target) values (:code, :scope, :target)")
                .param("code", indicator.code()).param("scope", scope).param("target", target).update());
    }

    private static Map<String, Object> columns(Indicator indicator, int order) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("code", indicator.code());
        columns.put("order", order);
        columns.put("kind", indicator.kind().name());
        columns.put("unit", indicator.unit().name());
        columns.put("workPackage", indicator.workPackage());
        columns.put("name", LocalizedTextConverter.toJson(indicator.name()));
        columns.put("definition", LocalizedTextConverter.toJson(indicator.definition()));
        columns.put("globalTarget", indicator.globalTarget());
        columns.put("declaredTarget", indicator.declaredTarget());
        columns.put("rule", rule(indicator.partnerRule()));
        columns.put("distinct", indicator.distinctCount());
        return columns;
    }

    private static String rule(PartnerTargetRule targets) {
        return switch (targets) {
            case PartnerTargetRule.None none -> "NONE";
            case PartnerTargetRule.SameForAll all -> "ALL";
            case PartnerTargetRule.ByCountry byCountry -> "BY_COUNTRY";
            case PartnerTargetRule.ByPartner byPartner -> "BY_PARTNER";
        };
    }

    private static Row row(ResultSet rs, Map<String, BigDecimal> scopes) throws SQLException {
        PartnerTargetRule targets = switch (rs.getString("partner_rule")) {
            case "ALL" -> new PartnerTargetRule.SameForAll(scopes.get(ALL));
            case "BY_COUNTRY" -> {
                Map<Country, BigDecimal> byCountry = new EnumMap<>(Country.class);
                scopes.forEach((scope, target) -> byCountry.put(Country.valueOf(scope), target));
                yield new PartnerTargetRule.ByCountry(byCountry);
            }
            case "BY_PARTNER" -> {
                Map<PartnerId, BigDecimal> byPartner = new HashMap<>();
                scopes.forEach((scope, target) -> byPartner.put(new PartnerId(scope), target));
                yield new PartnerTargetRule.ByPartner(byPartner);
            }
            default -> PartnerTargetRule.none();
        };
        Indicator indicator = new Indicator(rs.getString("code"), Indicator.Kind.valueOf(rs.getString("kind")),
                Indicator.Unit.valueOf(rs.getString("unit")), rs.getString("work_package"),
                LocalizedTextConverter.fromJson(rs.getString("name")), LocalizedTextConverter.fromJson(rs.getString("definition")),
                rs.getBigDecimal("global_target"), rs.getBigDecimal("declared_target"), targets, rs.getBoolean("distinct_count"));
        return new Row(indicator, rs.getInt("sort_order"), rs.getObject("retired_at") != null);
    }
}
