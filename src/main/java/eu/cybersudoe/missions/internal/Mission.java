package eu.cybersudoe.missions.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.shared.Language;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An assistance mission and its rules. Each move is a method that refuses, with a
 * {@link MissionRefused}, what the current state does not allow, and records the change for
 * the mission's history ({@link #changes()}), which the store appends when it saves. The moves are
 * package-private: other packages change a mission through {@link MissionService}, which saves it
 * with its history and does what follows.
 */
public final class Mission {

    static final BigDecimal MAX_DAYS = BigDecimal.TEN;
    private static final Set<MissionState> CANCELLABLE = Set.of(MissionState.REQUESTED, MissionState.ACCEPTED,
            MissionState.SCHEDULED, MissionState.HELD, MissionState.REPORT_DRAFTED, MissionState.REPORT_VALIDATED);

    private final long id;
    private CompanyId company;
    private final Request request;
    private String partnerId;
    private MissionState state;
    private Long advisorId;
    private String advisorName;
    private Schedule schedule;
    private LocalDate heldOn;
    private BigDecimal actualDays;
    private String reason;
    private InterventionReport report;
    private Instant deliveredAt;
    private final long version;
    private final List<MissionChange> changes = new ArrayList<>();

    /**
     * What the company asked.
     *
     * @param origin        where the request came from
     * @param conferenceId  the conference where the company was met, or null
     * @param assessmentId  the diagnostic that led to it, or null
     * @param questionnaire that diagnostic's questionnaire, or null
     * @param contactEmail  where to write to the company about it, or null
     * @param language      the company's language
     * @param message       what the company or staff wrote
     * @param themes        the theme codes concerned
     * @param requestedAt   when it was asked
     */
    public record Request(MissionOrigin origin, Long conferenceId, Long assessmentId, String questionnaire,
                          String contactEmail, Language language, String message, List<String> themes, Instant requestedAt) {
        public Request {
            themes = themes == null ? List.of() : List.copyOf(themes);
        }
    }

    /** When and how the mission is held, and its planned duration in days. */
    public record Schedule(LocalDate day, DeliveryMode mode, BigDecimal plannedDays) {
    }

    Mission(long id, CompanyId company, Request request, String partnerId, MissionState state, Long advisorId,
            String advisorName, Schedule schedule, LocalDate heldOn, BigDecimal actualDays, String reason,
            InterventionReport report, Instant deliveredAt, long version) {
        this.id = id;
        this.company = company;
        this.request = request;
        this.partnerId = partnerId;
        this.state = state;
        this.advisorId = advisorId;
        this.advisorName = advisorName;
        this.schedule = schedule;
        this.heldOn = heldOn;
        this.actualDays = actualDays;
        this.reason = reason;
        this.report = report;
        this.deliveredAt = deliveredAt;
        this.version = version;
    }

    /** A new request, not stored yet. */
    static Mission requested(CompanyId company, String partnerId, Request request, Actor actor) {
        Mission mission = new Mission(0, company, request, partnerId, MissionState.REQUESTED, null, null, null, null, null,
                null, null, null, 0);
        mission.record(request.requestedAt(), actor, MissionState.REQUESTED.name(), request.origin().name());
        return mission;
    }

    void accept(Actor actor, Instant at) {
        require(state == MissionState.REQUESTED);
        if (company == null) {
            throw new MissionRefused("missions.refused.noCompany");
        }
        moveTo(MissionState.ACCEPTED, actor, at, null);
    }

    /** Ties a request made without a known company to a company of the registry. */
    void attachCompany(Actor actor, Instant at, CompanyId chosen, String name) {
        require(company == null && !state.closed());
        company = chosen;
        record(at, actor, "COMPANY", name);
    }

    void decline(Actor actor, Instant at, String why) {
        require(state == MissionState.REQUESTED);
        reason = requireReason(why);
        moveTo(MissionState.DECLINED, actor, at, reason);
    }

    /** Hands a request not yet scheduled to another partner, which takes it from the start. */
    void handOver(Actor actor, Instant at, String toPartner, String why) {
        require(state == MissionState.REQUESTED || state == MissionState.ACCEPTED);
        if (toPartner == null || toPartner.equals(partnerId)) {
            throw new MissionRefused("missions.refused.samePartner");
        }
        String reasonGiven = requireReason(why);
        String from = partnerId;
        partnerId = toPartner;
        advisorId = null;
        advisorName = null;
        state = MissionState.REQUESTED;
        record(at, actor, "HANDED_OVER", from + " → " + toPartner + " : " + reasonGiven);
    }

    void assignAdvisor(Actor actor, Instant at, long accountId, String name) {
        require(!state.closed() && !state.delivered() && state != MissionState.REPORT_VALIDATED);
        advisorId = accountId;
        advisorName = name;
        record(at, actor, "ADVISOR", name);
    }

    /** Schedules an accepted mission, or moves the date of a scheduled one. */
    void schedule(Actor actor, Instant at, Schedule planned, long advisor, String advisorNameGiven) {
        require(state == MissionState.ACCEPTED || state == MissionState.SCHEDULED);
        if (planned == null || planned.day() == null || planned.mode() == null) {
            throw new MissionRefused("missions.refused.scheduleIncomplete");
        }
        requireDays(planned.plannedDays());
        schedule = planned;
        advisorId = advisor;
        advisorName = advisorNameGiven;
        moveTo(MissionState.SCHEDULED, actor, at, planned.day() + " · " + planned.mode() + " · " + planned.plannedDays()
                + " · " + advisorNameGiven);
    }

    void hold(Actor actor, Instant at, LocalDate day, BigDecimal days) {
        require(state == MissionState.SCHEDULED);
        if (day == null) {
            throw new MissionRefused("missions.refused.scheduleIncomplete");
        }
        requireDays(days);
        heldOn = day;
        actualDays = days;
        moveTo(MissionState.HELD, actor, at, day + " · " + days);
    }

    /** Keeps the report as written so far, while it may still be written. */
    void writeReport(Actor actor, Instant at, InterventionReport written) {
        require(state.reportEditable());
        report = written;
        record(at, actor, "REPORT_SAVED", null);
    }

    /** The advisor hands the report to the partner manager for validation. */
    void submitReport(Actor actor, Instant at) {
        require(state == MissionState.HELD);
        if (report == null || !report.readyForValidation()) {
            throw new MissionRefused("missions.refused.reportIncomplete");
        }
        moveTo(MissionState.REPORT_DRAFTED, actor, at, null);
    }

    /** The partner manager sends the report back to the advisor with what to change. */
    void returnReport(Actor actor, Instant at, String why) {
        require(state == MissionState.REPORT_DRAFTED);
        reason = requireReason(why);
        moveTo(MissionState.HELD, actor, at, reason);
    }

    void validateReport(Actor actor, Instant at) {
        require(state == MissionState.REPORT_DRAFTED);
        moveTo(MissionState.REPORT_VALIDATED, actor, at, null);
    }

    void deliver(Actor actor, Instant at) {
        require(state == MissionState.REPORT_VALIDATED);
        deliveredAt = at;
        moveTo(MissionState.DELIVERED, actor, at, null);
    }

    void followUp(Actor actor, Instant at) {
        require(state == MissionState.DELIVERED);
        moveTo(MissionState.FOLLOWED_UP, actor, at, null);
    }

    void cancel(Actor actor, Instant at, String why) {
        require(CANCELLABLE.contains(state));
        reason = requireReason(why);
        moveTo(MissionState.CANCELLED, actor, at, reason);
    }

    /** Adds a line to the history without a change of state (an acknowledgement, a rating…). */
    void note(Actor actor, Instant at, String action, String detail) {
        record(at, actor, action, detail);
    }

    private void moveTo(MissionState next, Actor actor, Instant at, String detail) {
        state = next;
        record(at, actor, next.name(), detail);
    }

    private void record(Instant at, Actor actor, String action, String detail) {
        changes.add(new MissionChange(at, actor.accountId(), actor.name(), action,
                detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) : detail));
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new MissionRefused("missions.refused.state");
        }
    }

    private static String requireReason(String why) {
        if (why == null || why.isBlank()) {
            throw new MissionRefused("missions.refused.reasonMissing");
        }
        if (why.strip().length() > 2000) {
            throw new MissionRefused("missions.refused.reasonTooLong");
        }
        return why.strip();
    }

    private static void requireDays(BigDecimal days) {
        if (days == null || days.signum() <= 0 || days.compareTo(MAX_DAYS) > 0
                || days.multiply(BigDecimal.TWO).stripTrailingZeros().scale() > 0) {
            throw new MissionRefused("missions.refused.days");
        }
    }

    public long id() {
        return id;
    }

    public CompanyId company() {
        return company;
    }

    public Request request() {
        return request;
    }

    public String partnerId() {
        return partnerId;
    }

    public MissionState state() {
        return state;
    }

    public Long advisorId() {
        return advisorId;
    }

    public String advisorName() {
        return advisorName;
    }

    public Schedule schedule() {
        return schedule;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public BigDecimal actualDays() {
        return actualDays;
    }

    public String reason() {
        return reason;
    }

    public InterventionReport report() {
        return report;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    /** The themes of the request and of the needs the report names, without repeats. */
    public List<String> themes() {
        java.util.LinkedHashSet<String> themes = new java.util.LinkedHashSet<>(request.themes());
        if (report != null) {
            themes.addAll(report.themesWithNeeds());
        }
        return List.copyOf(themes);
    }

    long version() {
        return version;
    }

    /** The changes made since the mission was read, for the history. */
    List<MissionChange> changes() {
        return List.copyOf(changes);
    }

    /** Whether a person of the partner may read it: its partner, or one it was handed over from. */
    public boolean belongsTo(String partner) {
        return partner != null && partner.equals(partnerId);
    }
}
