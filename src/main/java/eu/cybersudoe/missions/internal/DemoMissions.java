package eu.cybersudoe.missions.internal;

import eu.cybersudoe.accounts.StaffDirectory;
import eu.cybersudoe.accounts.StaffMember;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * In demo mode ({@code cybersudoe.demo=true}), adds for every partner one mission in each state
 * when there are none, for companies the partner knows, run by its demo advisor; those that reached
 * the report carry a complete example report in the partner's language
 * ({@code reference/missions/demo-reports.yml}). Missions go through their real moves, so that
 * their history, events and counts are those of real ones. No e-mail is sent: demo requests have
 * no address.
 */
@Component
class DemoMissions {

    private static final Logger log = LoggerFactory.getLogger(DemoMissions.class);
    private static final Actor DEMO = new Actor(null, "Demo");
    private static final List<MissionState> STATES = List.of(MissionState.REQUESTED, MissionState.ACCEPTED, MissionState.DECLINED,
            MissionState.SCHEDULED, MissionState.HELD, MissionState.REPORT_DRAFTED, MissionState.REPORT_VALIDATED,
            MissionState.DELIVERED, MissionState.FOLLOWED_UP, MissionState.CANCELLED);

    private final boolean enabled;
    private final Network network;
    private final StaffDirectory staff;
    private final MissionService missions;
    private final MissionStore store;
    private final MissionFollowUps followUps;
    private final RegistryReads registry;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoMissions(@Value("${cybersudoe.demo:false}") boolean enabled, Network network, StaffDirectory staff, MissionService missions,
                 MissionStore store, MissionFollowUps followUps, RegistryReads registry, JdbcClient jdbc, Clock clock) {
        this.enabled = enabled;
        this.network = network;
        this.staff = staff;
        this.missions = missions;
        this.store = store;
        this.followUps = followUps;
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(50)
    public void onReady() {
        if (enabled) {
            create();
        }
    }

    /** Adds the demo missions when there are none; returns how many were added. */
    int create() {
        if (jdbc.sql("select count(*) from mission").query(Long.class).single() > 0) {
            log.info("Demo mode: missions already exist, no demo missions added");
            return 0;
        }
        int made = createFor(network.partners());
        log.info("Demo mode: {} demo missions created", made);
        return made;
    }

    /** Adds the demo missions of these partners; returns how many were added. */
    int createFor(List<Partner> partners) {
        Map<String, Map<String, Object>> reports = reports();
        int made = 0;
        for (Partner partner : partners) {
            StaffMember advisor = staff.staffOf(partner.id().value()).stream().filter(s -> s.role() == Role.ADVISOR).findFirst()
                    .orElse(staff.staffOf(partner.id().value()).stream().findFirst().orElse(null));
            List<Long> companies = registry.companies(partner.id().value(), "", STATES.size()).stream()
                    .map(RegistryReads.Named::id).toList();
            if (advisor == null || companies.size() < STATES.size()) {
                log.info("Demo mode: no demo missions for {} (advisor or companies missing)", partner.id());
                continue;
            }
            Language language = partner.country().language();
            Map<String, Object> report = reports.getOrDefault(language.code(), reports.get("fr"));
            for (int i = 0; i < STATES.size(); i++) {
                walk(partner, new CompanyId(companies.get(i)), advisor, STATES.get(i), language, report, i);
                made++;
            }
        }
        return made;
    }

    private void walk(Partner partner, CompanyId company, StaffMember advisor, MissionState target, Language language,
                      Map<String, Object> report, int index) {
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        Mission.Request request = new Mission.Request(index % 3 == 0 ? MissionOrigin.CONFERENCE : MissionOrigin.STAFF, null, null,
                null, null, language, text(report, "request"), List.of("security", "business-management"), clock.instant());
        long id = store.insert(Mission.requested(company, partner.id().value(), request, DEMO)).id();
        switch (target) {
            case REQUESTED -> { }
            case DECLINED -> missions.decline(id, DEMO, text(report, "recommendations"));
            case CANCELLED -> missions.cancel(id, DEMO, text(report, "current-tools"));
            default -> advance(id, advisor, target, today, index, report);
        }
    }

    private void advance(long id, StaffMember advisor, MissionState target, LocalDate today, int index, Map<String, Object> report) {
        missions.accept(id, DEMO);
        if (target == MissionState.ACCEPTED) {
            return;
        }
        boolean future = target == MissionState.SCHEDULED;
        LocalDate day = future ? today.plusDays(7L + index) : today.minusDays(10L * index);
        missions.schedule(id, DEMO, new Mission.Schedule(day, index % 2 == 0 ? DeliveryMode.ON_SITE : DeliveryMode.REMOTE,
                BigDecimal.ONE), advisor.accountId());
        if (future) {
            return;
        }
        missions.hold(id, DEMO, day, index % 4 == 0 ? new BigDecimal("1.5") : BigDecimal.ONE);
        missions.saveReport(id, DEMO, draft(report));
        if (target == MissionState.HELD) {
            return;
        }
        missions.submitReport(id, DEMO);
        if (target == MissionState.REPORT_DRAFTED) {
            return;
        }
        missions.validateReport(id, DEMO);
        if (target == MissionState.REPORT_VALIDATED) {
            return;
        }
        missions.deliver(id, DEMO);
        if (target == MissionState.FOLLOWED_UP) {
            String token = MissionFollowUps.newToken();
            jdbc.sql("update mission set follow_up_hash = ? where id = ?").params(MissionFollowUps.hash(token), id).update();
            followUps.answer(token, new FollowUpAnswers("PARTLY", text(report, "recommendations"), "", false), missions);
        }
    }

    @SuppressWarnings("unchecked")
    private static ReportDraft draft(Map<String, Object> report) {
        ReportDraft draft = new ReportDraft();
        draft.setContext(text(report, "context"));
        draft.setCurrentTools(text(report, "current-tools"));
        ((Map<String, Object>) report.get("needs")).forEach((theme, need) -> draft.getNeeds().put(theme, String.valueOf(need)));
        for (Map<String, Object> s : (List<Map<String, Object>>) report.get("solutions")) {
            ReportDraft.Option option = new ReportDraft.Option();
            option.setTitle(text(s, "title"));
            option.setTheme(text(s, "theme"));
            option.setDescription(text(s, "description"));
            option.setPros(text(s, "pros"));
            option.setCons(text(s, "cons"));
            option.setCost(text(s, "cost"));
            option.setProviderName(text(s, "provider"));
            draft.getSolutions().add(option);
        }
        draft.setRecommendations(text(report, "recommendations"));
        for (Map<String, Object> a : (List<Map<String, Object>>) report.get("actions")) {
            ReportDraft.Action action = new ReportDraft.Action();
            action.setPriority(text(a, "priority"));
            action.setAction(text(a, "action"));
            action.setWhen(text(a, "when"));
            draft.getActions().add(action);
        }
        Map<String, Object> specs = (Map<String, Object>) report.get("specifications");
        draft.setSpecificationsIncluded(true);
        draft.getSpecifications().setContext(text(specs, "context"));
        draft.getSpecifications().setObjectives(text(specs, "objectives"));
        draft.getSpecifications().setFunctionalNeeds(text(specs, "functional-needs"));
        draft.getSpecifications().setConstraints(text(specs, "constraints"));
        draft.getSpecifications().setBudget(text(specs, "budget"));
        draft.getSpecifications().setTimeline(text(specs, "timeline"));
        draft.getSpecifications().setSelectionCriteria(text(specs, "selection-criteria"));
        return draft;
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> reports() {
        try (InputStream in = new ClassPathResource("reference/missions/demo-reports.yml").getInputStream()) {
            return (Map<String, Map<String, Object>>) new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
