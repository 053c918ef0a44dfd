package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyProfiles;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.PartnerCompanies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/** The registry's facts and provenance as other modules read them, from its own tables. */
@Component
@Transactional(readOnly = true)
class RegistryFacts implements CompanyProfiles, PartnerCompanies {

    private static final String NAMED = "select o.id, o.legal_name, o.city from organisation o";

    private final JdbcClient jdbc;

    RegistryFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Profile> profile(CompanyId id) {
        return jdbc.sql("""
                        select id, kind, legal_name, city, nuts2, size_class, employees, creation_year, sector_theme, micro,
                            priority_sector, young_woman_led from organisation where id = ?""")
                .param(id.value()).query((rs, n) -> profile(rs)).optional();
    }

    @Override
    public List<Named> ofKinds(Set<OrganisationKind> kinds, int limit) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(NAMED + " where o.kind in (:kinds) order by o.legal_name, o.id limit :limit")
                .param("kinds", kinds.stream().map(Enum::name).toList()).param("limit", limit)
                .query((rs, n) -> named(rs)).list();
    }

    @Override
    public List<Named> companiesNamed(String words, String partnerId, int limit) {
        String key = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        return jdbc.sql(NAMED + """
                         where o.kind = 'COMPANY' and lower(o.legal_name) like :name
                            and (cast(:partner as varchar(60)) is null or exists (select 1 from organisation_partner p
                                where p.organisation_id = o.id and p.partner_id = :partner))
                        order by o.legal_name, o.id limit :limit""")
                .param("name", "%" + key.replace("%", "").replace("_", "") + "%")
                .param("partner", partnerId)
                .param("limit", limit)
                .query((rs, n) -> named(rs)).list();
    }

    @Override
    public Map<CompanyId, String> names(Collection<CompanyId> ids) {
        Map<CompanyId, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, legal_name from organisation where id = any(?)").param(array(ids))
                    .query(rs -> {
                        names.put(new CompanyId(rs.getLong(1)), rs.getString(2));
                    });
        }
        return names;
    }

    @Override
    public Set<CompanyId> priorityTargets(Collection<CompanyId> ids) {
        Set<CompanyId> targets = new HashSet<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id from organisation where id = any(?) and (micro or priority_sector or young_woman_led)")
                    .param(array(ids)).query(rs -> {
                        targets.add(new CompanyId(rs.getLong(1)));
                    });
        }
        return targets;
    }

    @Override
    public Long[] knownBy(String partnerId) {
        return jdbc.sql("select distinct organisation_id from organisation_partner where partner_id = ? order by organisation_id")
                .param(partnerId).query(Long.class).list().toArray(Long[]::new);
    }

    @Override
    public Long[] broughtBy(String partnerId) {
        return jdbc.sql("""
                        select organisation_id from organisation_partner where partner_id = ? and relation = 'BROUGHT'
                        order by organisation_id""")
                .param(partnerId).query(Long.class).list().toArray(Long[]::new);
    }

    @Override
    public void forEachBrought(BiConsumer<CompanyId, String> action) {
        try (Stream<Map.Entry<CompanyId, String>> pairs = jdbc.sql("""
                        select organisation_id, partner_id from organisation_partner where relation = 'BROUGHT'
                        order by organisation_id, partner_id""")
                .query((rs, n) -> Map.entry(new CompanyId(rs.getLong(1)), rs.getString(2))).stream()) {
            pairs.forEach(pair -> action.accept(pair.getKey(), pair.getValue()));
        }
    }

    private static Long[] array(Collection<CompanyId> ids) {
        return ids.stream().map(CompanyId::value).distinct().toArray(Long[]::new);
    }

    private static Named named(ResultSet rs) throws SQLException {
        return new Named(new CompanyId(rs.getLong("id")), rs.getString("legal_name"), rs.getString("city"));
    }

    private static Profile profile(ResultSet rs) throws SQLException {
        return new Profile(new CompanyId(rs.getLong("id")), OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("legal_name"), rs.getString("city"), rs.getString("nuts2"), rs.getString("size_class"),
                rs.getObject("employees", Integer.class), rs.getObject("creation_year", Integer.class),
                rs.getString("sector_theme"), rs.getBoolean("micro"), rs.getBoolean("priority_sector"),
                rs.getBoolean("young_woman_led"));
    }
}
