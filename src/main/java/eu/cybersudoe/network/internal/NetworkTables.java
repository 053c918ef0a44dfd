package eu.cybersudoe.network.internal;

import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.MemberStructure;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.ProjectCalendar;
import eu.cybersudoe.network.ProjectCalendar.PlannedMeeting;
import eu.cybersudoe.network.Region;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.network.WorkPackage;
import eu.cybersudoe.shared.LocalizedTextConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The network's tables, through JDBC: writes the reference data where it differs from the
 * files (never deleting a row) and reads everything back as a {@link NetworkSnapshot}.
 */
@Component
class NetworkTables {

    private final JdbcClient jdbc;

    NetworkTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Within a transaction: waits for any other node loading the data at the same time. */
    void lock() {
        jdbc.sql("SELECT id FROM network_project WHERE id = 1 FOR UPDATE").query(Integer.class).optional();
    }

    /** Brings the tables in line with the files; what is only in the tables is kept and reported. */
    Changes save(NetworkData data) {
        Changes changes = new Changes();
        savePartners(data, changes);
        saveRegions(data, changes);
        saveCoverage(data, changes);
        sync("work package", data.workPackages().stream().map(WorkPackageRow::of).toList(),
                jdbc.sql("SELECT code, sort_order, title, co_pilot_id, budget FROM work_package")
                        .query((rs, n) -> new WorkPackageRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), scaled(rs.getBigDecimal(5))))
                        .list(),
                WorkPackageRow::code, this::insert, this::update, changes);
        sync("theme", data.themes().stream().map(ThemeRow::of).toList(),
                jdbc.sql("SELECT code, kind, sort_order, pictogram, name, active FROM theme")
                        .query((rs, n) -> new ThemeRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getBoolean(6)))
                        .list(),
                ThemeRow::code, this::insert, this::update, changes);
        saveProject(data, changes);
        sync("planned meeting", data.calendar().meetings().stream().map(MeetingRow::of).toList(),
                jdbc.sql("SELECT code, kind, title, city, planned_on FROM planned_meeting")
                        .query((rs, n) -> new MeetingRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class)))
                        .list(),
                MeetingRow::code, this::insert, this::update, changes);
        return changes;
    }

    /** Everything the tables hold, kept rows included. */
    NetworkSnapshot read() {
        Map<String, List<String>> coverage = new HashMap<>();
        Map<String, List<PartnerId>> coveredBy = new HashMap<>();
        jdbc.sql("SELECT partner_id, region_code FROM partner_region ORDER BY region_code, partner_id").query(rs -> {
            coverage.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            coveredBy.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new PartnerId(rs.getString(1)));
        });
        List<WorkPackage> workPackages = jdbc.sql("SELECT code, title, co_pilot_id, budget FROM work_package ORDER BY sort_order, code")
                .query((rs, n) -> new WorkPackage(rs.getString(1), LocalizedTextConverter.fromJson(rs.getString(2)),
                        rs.getString(3) == null ? null : new PartnerId(rs.getString(3)), scaled(rs.getBigDecimal(4))))
                .list();
        Map<PartnerId, String> coPiloted = new LinkedHashMap<>();
        workPackages.stream().filter(w -> w.coPilot() != null).forEach(w -> coPiloted.putIfAbsent(w.coPilot(), w.code()));
        List<Partner> partners = jdbc.sql("SELECT id, name, short_name, country, city, website, lead_partner, description, "
                        + "postal_address FROM partner")
                .query((rs, n) -> {
                    PartnerId id = new PartnerId(rs.getString(1));
                    return new Partner(id, rs.getString(2), rs.getString(3), Country.valueOf(rs.getString(4).strip()), rs.getString(5),
                            rs.getString(6), rs.getBoolean(7), coPiloted.get(id), List.copyOf(coverage.getOrDefault(id.value(), List.of())),
                            LocalizedTextConverter.fromJson(rs.getString(8)), rs.getString(9));
                }).list();
        List<Region> regions = jdbc.sql("SELECT code, name, country, primary_partner_id FROM region")
                .query((rs, n) -> new Region(rs.getString(1), rs.getString(2), Country.valueOf(rs.getString(3).strip()),
                        List.copyOf(coveredBy.getOrDefault(rs.getString(1), List.of())),
                        Optional.ofNullable(rs.getString(4)).map(PartnerId::new)))
                .list();
        List<MemberStructure> members = jdbc.sql("SELECT id, partner_id, name, city, website FROM member_structure ORDER BY name, id")
                .query((rs, n) -> new MemberStructure(rs.getLong(1), new PartnerId(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        List<Theme> themes = jdbc.sql("SELECT code, kind, name, pictogram, active, sort_order FROM theme")
                .query((rs, n) -> new Theme(rs.getString(1), Theme.Kind.valueOf(rs.getString(2)), LocalizedTextConverter.fromJson(rs.getString(3)),
                        rs.getString(4), rs.getBoolean(5), rs.getInt(6)))
                .list();
        ProjectRow project = project().orElseThrow(() -> new IllegalStateException("The project calendar has not been loaded"));
        List<PlannedMeeting> meetings = jdbc.sql("SELECT code, title, city, planned_on, kind FROM planned_meeting ORDER BY planned_on, code")
                .query((rs, n) -> new PlannedMeeting(rs.getString(1), LocalizedTextConverter.fromJson(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, LocalDate.class), PlannedMeeting.Kind.valueOf(rs.getString(5))))
                .list();
        ProjectCalendar calendar = new ProjectCalendar(project.start, project.end, Semester.between(project.start, project.end), meetings);
        return new NetworkSnapshot(partners, members, regions, workPackages, project.declaredBudget, themes, calendar);
    }

    // --- partners, regions, coverage ------------------------------------------------------

    private void savePartners(NetworkData data, Changes changes) {
        sync("partner", data.partners().stream().map(PartnerRow::of).toList(),
                jdbc.sql("SELECT id, name, short_name, country, city, website, lead_partner, description, postal_address FROM partner")
                        .query((rs, n) -> new PartnerRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4).strip(),
                                rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getString(9)))
                        .list(),
                PartnerRow::id, this::insert, this::update, changes);
        String lead = data.partners().stream().filter(Partner::lead).findFirst().orElseThrow().id().value();
        List<String> formerLeads = jdbc.sql("SELECT id FROM partner WHERE lead_partner = TRUE AND id <> ?").param(lead).query(String.class).list();
        for (String former : formerLeads) {
            jdbc.sql("UPDATE partner SET lead_partner = FALSE WHERE id = ?").param(former).update();
            changes.updated.add("partner " + former + " (no longer the lead partner)");
        }
    }

    private void saveRegions(NetworkData data, Changes changes) {
        sync("region", data.regions().stream().map(RegionRow::of).toList(),
                jdbc.sql("SELECT code, name, country, primary_partner_id FROM region")
                        .query((rs, n) -> new RegionRow(rs.getString(1), rs.getString(2), rs.getString(3).strip(), rs.getString(4)))
                        .list(),
                RegionRow::code, this::insert, this::update, changes);
    }

    /** A partner's regions are those its file entry lists: links are added and removed to match, and reported. */
    private void saveCoverage(NetworkData data, Changes changes) {
        Map<String, Set<String>> stored = new HashMap<>();
        jdbc.sql("SELECT partner_id, region_code FROM partner_region").query(rs -> {
            stored.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
        });
        for (Partner partner : data.partners()) {
            String id = partner.id().value();
            boolean added = changes.added.contains("partner " + id);
            Set<String> before = stored.getOrDefault(id, Set.of());
            for (String region : partner.regions()) {
                if (!before.contains(region)) {
                    jdbc.sql("INSERT INTO partner_region (partner_id, region_code) VALUES (?, ?)").params(id, region).update();
                    if (!added) {
                        changes.updated.add("partner " + id + " (now covers " + region + ")");
                    }
                }
            }
            for (String region : before) {
                if (!partner.regions().contains(region)) {
                    jdbc.sql("DELETE FROM partner_region WHERE partner_id = ? AND region_code = ?").params(id, region).update();
                    changes.updated.add("partner " + id + " (no longer covers " + region + ")");
                }
            }
        }
    }

    private void saveProject(NetworkData data, Changes changes) {
        ProjectCalendar calendar = data.calendar();
        ProjectRow wanted = new ProjectRow(calendar.start(), calendar.end(), data.declaredTotal());
        Optional<ProjectRow> stored = project();
        if (stored.isEmpty() && jdbc.sql("SELECT COUNT(*) FROM network_project").query(Integer.class).single() == 0) {
            jdbc.sql("INSERT INTO network_project (id) VALUES (1)").update();
        }
        if (!stored.equals(Optional.of(wanted))) {
            jdbc.sql("UPDATE network_project SET start_date = ?, end_date = ?, declared_budget = ? WHERE id = 1")
                    .params(wanted.start, wanted.end, wanted.declaredBudget).update();
            changes.updated.add("project calendar and declared budget");
        }
    }

    private Optional<ProjectRow> project() {
        return jdbc.sql("SELECT start_date, end_date, declared_budget FROM network_project WHERE id = 1 AND start_date IS NOT NULL")
                .query((rs, n) -> new ProjectRow(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class), scaled(rs.getBigDecimal(3))))
                .optional();
    }

    // --- rows -----------------------------------------------------------------------------

    private record PartnerRow(String id, String name, String shortName, String country, String city, String website,
                              boolean lead, String description, String postalAddress) {
        static PartnerRow of(Partner p) {
            return new PartnerRow(p.id().value(), p.name(), p.shortName(), p.country().name(), p.city(), p.website(), p.lead(),
                    LocalizedTextConverter.toJson(p.description()), p.postalAddress());
        }
    }

    private record RegionRow(String code, String name, String country, String primary) {
        static RegionRow of(Region r) {
            return new RegionRow(r.code(), r.name(), r.country().name(), r.primary().map(PartnerId::value).orElse(null));
        }
    }

    private record WorkPackageRow(String code, int order, String title, String coPilot, BigDecimal budget) {
        static WorkPackageRow of(WorkPackage w) {
            return new WorkPackageRow(w.code(), Integer.parseInt(w.code().substring(2)), LocalizedTextConverter.toJson(w.title()),
                    w.coPilot() == null ? null : w.coPilot().value(), scaled(w.budget()));
        }
    }

    private record ThemeRow(String code, String kind, int order, String pictogram, String name, boolean active) {
        static ThemeRow of(Theme t) {
            return new ThemeRow(t.code(), t.kind().name(), t.position(), t.pictogram(), LocalizedTextConverter.toJson(t.name()), t.active());
        }
    }

    private record MeetingRow(String code, String kind, String title, String city, LocalDate date) {
        static MeetingRow of(PlannedMeeting m) {
            return new MeetingRow(m.code(), m.kind().name(), LocalizedTextConverter.toJson(m.title()), m.city(), m.date());
        }
    }

    private record ProjectRow(LocalDate start, LocalDate end, BigDecimal declaredBudget) {
        ProjectRow {
            declaredBudget = scaled(declaredBudget);
        }
    }

    private void insert(PartnerRow r) {
        jdbc.sql("INSERT INTO partner (id, name, short_name, country, city, website, lead_partner, description, postal_address) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id, r.name, r.shortName, r.country, r.city, r.website, r.lead, r.description, r.postalAddress).update();
    }

    private void update(PartnerRow r) {
        jdbc.sql("UPDATE partner SET name = ?, short_name = ?, country = ?, city = ?, website = ?, lead_partner = ?, description = ?, "
                        + "postal_address = ? WHERE id = ?")
                .params(r.name, r.shortName, r.country, r.city, r.website, r.lead, r.description, r.postalAddress, r.id).update();
    }

    private void insert(RegionRow r) {
        jdbc.sql("INSERT INTO region (code, name, country, primary_partner_id) VALUES (?, ?, ?, ?)")
                .params(r.code, r.name, r.country, r.primary).update();
    }

    private void update(RegionRow r) {
        jdbc.sql("UPDATE region SET name = ?, country = ?, primary_partner_id = ? WHERE code = ?")
                .params(r.name, r.country, r.primary, r.code).update();
    }

    private void insert(WorkPackageRow r) {
        jdbc.sql("INSERT INTO work_package (code, sort_order, title, co_pilot_id, budget) VALUES (?, ?, ?, ?, ?)")
                .params(r.code, r.order, r.title, r.coPilot, r.budget).update();
    }

    private void update(WorkPackageRow r) {
        jdbc.sql("UPDATE work_package SET sort_order = ?, title = ?, co_pilot_id = ?, budget = ? WHERE code = ?")
                .params(r.order, r.title, r.coPilot, r.budget, r.code).update();
    }

    private void insert(ThemeRow r) {
        jdbc.sql("INSERT INTO theme (code, kind, sort_order, pictogram, name, active) VALUES (?, ?, ?, ?, ?, ?)")
                .params(r.code, r.kind, r.order, r.pictogram, r.name, r.active).update();
    }

    private void update(ThemeRow r) {
        jdbc.sql("UPDATE theme SET kind = ?, sort_order = ?, pictogram = ?, name = ?, active = ? WHERE code = ?")
                .params(r.kind, r.order, r.pictogram, r.name, r.active, r.code).update();
    }

    private void insert(MeetingRow r) {
        jdbc.sql("INSERT INTO planned_meeting (code, kind, title, city, planned_on) VALUES (?, ?, ?, ?, ?)")
                .params(r.code, r.kind, r.title, r.city, r.date).update();
    }

    private void update(MeetingRow r) {
        jdbc.sql("UPDATE planned_meeting SET kind = ?, title = ?, city = ?, planned_on = ? WHERE code = ?")
                .params(r.kind, r.title, r.city, r.date, r.code).update();
    }

    /** Inserts the new rows, updates the changed ones, and reports the stored rows the files no longer list. */
    private static <R> void sync(String kind, List<R> wanted, List<R> stored, Function<R, String> key,
                                 Consumer<R> insert, Consumer<R> update, Changes changes) {
        Map<String, R> before = stored.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        for (R row : wanted) {
            R old = before.remove(key.apply(row));
            if (old == null) {
                insert.accept(row);
                changes.added.add(kind + " " + key.apply(row));
            } else if (!old.equals(row)) {
                update.accept(row);
                changes.updated.add(kind + " " + key.apply(row));
            }
        }
        before.keySet().forEach(k -> changes.kept.add(kind + " " + k));
    }

    private static BigDecimal scaled(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** What a load changed: rows added, rows updated, and stored rows the files no longer list (kept). */
    static final class Changes {
        final List<String> added = new ArrayList<>();
        final List<String> updated = new ArrayList<>();
        final List<String> kept = new ArrayList<>();

        boolean isEmpty() {
            return added.isEmpty() && updated.isEmpty();
        }
    }
}
