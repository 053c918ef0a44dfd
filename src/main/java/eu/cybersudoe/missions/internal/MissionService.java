package eu.cybersudoe.missions.internal;

import eu.cybersudoe.accounts.StaffDirectory;
import eu.cybersudoe.accounts.StaffMember;
import eu.cybersudoe.companies.CompanyActivityRecorded;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.missions.MissionCompleted;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * What people do with missions: each operation reads the mission, applies one of its moves,
 * saves it with its history, and does what follows (events, e-mails sent after commit, the follow-up job).
 */
@Service
public class MissionService {

    private final MissionStore store;
    private final MissionRouting routing;
    private final RegistryReads registry;
    private final CompanyRegistry companies;
    private final StaffDirectory staff;
    private final Network network;
    private final MissionFollowUps followUps;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    MissionService(MissionStore store, MissionRouting routing, RegistryReads registry, CompanyRegistry companies,
                   StaffDirectory staff, Network network, MissionFollowUps followUps,
                   ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.store = store;
        this.routing = routing;
        this.registry = registry;
        this.companies = companies;
        this.staff = staff;
        this.network = network;
        this.followUps = followUps;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A new request for a company, routed to the partner answering for its region.
     *
     * @throws NoSuchElementException when the company is not in the registry
     */
    @Transactional
    public Mission request(CompanyId company, Mission.Request request, Actor actor) {
        companies.find(company).orElseThrow(() -> new NoSuchElementException("No company " + company));
        List<String> themes = request.themes().stream().filter(t -> network.theme(t).isPresent()).toList();
        Mission.Request checked = new Mission.Request(request.origin(), request.conferenceId(), request.assessmentId(),
                request.questionnaire(), blankToNull(request.contactEmail()), request.language(), request.message(), themes,
                request.requestedAt() == null ? clock.instant() : request.requestedAt());
        return store.insert(Mission.requested(company, routing.partnerFor(company), checked, actor));
    }

    /** A request after a diagnostic, for the partner the diagnostics module routed it to; the company may be unknown yet. */
    @Transactional
    public Mission requestAfterDiagnostic(CompanyId company, String partnerId, Mission.Request request) {
        String partner = company != null && companies.find(company).isPresent() ? routing.partnerFor(company)
                : partnerId != null && network.partner(new PartnerId(partnerId)).isPresent() ? partnerId
                : network.leadPartner().id().value();
        CompanyId known = company != null && companies.find(company).isPresent() ? company : null;
        Language language = request.language() != null ? request.language()
                : network.partner(new PartnerId(partner)).map(p -> p.country().language()).orElse(Language.DEFAULT);
        Mission.Request withLanguage = new Mission.Request(request.origin(), request.conferenceId(), request.assessmentId(),
                request.questionnaire(), blankToNull(request.contactEmail()), language, request.message(), request.themes(),
                request.requestedAt() == null ? clock.instant() : request.requestedAt());
        return store.insert(Mission.requested(known, partner, withLanguage, Actor.PLATFORM));
    }

    @Transactional
    public Mission attachCompany(long id, Actor actor, CompanyId company) {
        String name = companies.find(company).map(CompanyRegistry.OrganisationSummary::legalName)
                .orElseThrow(() -> new MissionRefused("missions.refused.noCompany"));
        return change(id, m -> m.attachCompany(actor, clock.instant(), company, name));
    }

    @Transactional
    public Mission accept(long id, Actor actor) {
        return change(id, m -> m.accept(actor, clock.instant()));
    }

    @Transactional
    public Mission decline(long id, Actor actor, String reason) {
        Mission mission = change(id, m -> m.decline(actor, clock.instant(), reason));
        events.publishEvent(new MissionMails.Due(mission.id(), MissionMails.Kind.DECLINED));
        return mission;
    }

    @Transactional
    public Mission handOver(long id, Actor actor, String toPartner, String reason) {
        if (toPartner == null || !toPartner.matches("[a-z0-9-]+") || network.partner(new PartnerId(toPartner)).isEmpty()) {
            throw new MissionRefused("missions.refused.unknownPartner");
        }
        return change(id, m -> m.handOver(actor, clock.instant(), toPartner, reason));
    }

    @Transactional
    public Mission assignAdvisor(long id, Actor actor, long advisorId) {
        return change(id, m -> {
            StaffMember advisor = advisorOf(m.partnerId(), advisorId);
            m.assignAdvisor(actor, clock.instant(), advisor.accountId(), advisor.displayName());
        });
    }

    @Transactional
    public Mission schedule(long id, Actor actor, Mission.Schedule schedule, long advisorId) {
        return change(id, m -> {
            StaffMember advisor = advisorOf(m.partnerId(), advisorId);
            m.schedule(actor, clock.instant(), schedule, advisor.accountId(), advisor.displayName());
        });
    }

    @Transactional
    public Mission hold(long id, Actor actor, LocalDate day, BigDecimal days) {
        return change(id, m -> m.hold(actor, clock.instant(), day, days));
    }

    /**
     * Keeps the report as written; the company's snapshot is taken the first time. The form is
     * saved as it is typed and with its button, so that two saves of the same form may cross:
     * the later one is applied again on the saved mission rather than refused.
     */
    @Transactional
    public Mission saveReport(long id, Actor actor, ReportDraft draft) {
        Consumer<Mission> write = m -> {
            InterventionReport.CompanySnapshot snapshot = m.report() != null ? m.report().company()
                    : m.company() == null ? null : registry.snapshot(m.company()).orElse(null);
            m.writeReport(actor, clock.instant(), draft.toReport(snapshot, registry));
        };
        try {
            return change(id, write);
        } catch (OptimisticLockingFailureException crossed) {
            return change(id, write);
        }
    }

    /** The report to edit: the one written, or a new one with the company as the registry knows it now. */
    public InterventionReport reportOf(Mission mission) {
        return mission.report() != null ? mission.report()
                : InterventionReport.begun(mission.company() == null ? null : registry.snapshot(mission.company()).orElse(null));
    }

    @Transactional
    public Mission submitReport(long id, Actor actor) {
        return change(id, m -> m.submitReport(actor, clock.instant()));
    }

    @Transactional
    public Mission returnReport(long id, Actor actor, String reason) {
        return change(id, m -> m.returnReport(actor, clock.instant(), reason));
    }

    @Transactional
    public Mission validateReport(long id, Actor actor) {
        return change(id, m -> m.validateReport(actor, clock.instant()));
    }

    /** Delivers the report: the company is told, the follow-up is planned, the mission is counted. */
    @Transactional
    public Mission deliver(long id, Actor actor) {
        Mission mission = change(id, m -> m.deliver(actor, clock.instant()));
        followUps.plan(mission);
        events.publishEvent(new MissionCompleted(mission.id(), mission.company(), mission.partnerId(), mission.actualDays(),
                mission.themes(), mission.deliveredAt()));
        events.publishEvent(new CompanyActivityRecorded(mission.company(), "mission.delivered", mission.partnerId(),
                mission.deliveredAt(), summary(mission), "/office/missions/" + mission.id()));
        events.publishEvent(new MissionMails.Due(mission.id(), MissionMails.Kind.DELIVERED));
        return mission;
    }

    @Transactional
    public Mission cancel(long id, Actor actor, String reason) {
        return change(id, m -> m.cancel(actor, clock.instant(), reason));
    }

    /** Reads a mission, applies a move and saves it with its history. */
    Mission change(long id, Consumer<Mission> move) {
        Mission mission = store.find(id).orElseThrow(() -> new NoSuchElementException("No mission " + id));
        move.accept(mission);
        store.save(mission);
        return store.find(id).orElseThrow();
    }

    private StaffMember advisorOf(String partnerId, long accountId) {
        return staff.staffOf(partnerId).stream().filter(s -> s.accountId() == accountId).findFirst()
                .orElseThrow(() -> new MissionRefused("missions.refused.advisor"));
    }

    private LocalizedText summary(Mission mission) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, messages.getMessage("missions.timeline.delivered",
                    new Object[]{mission.actualDays() == null ? java.math.BigDecimal.ZERO : mission.actualDays()}, language.locale()));
        }
        return new LocalizedText(texts, mission.request().language());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
