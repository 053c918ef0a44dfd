package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.ProjectCalendar;
import eu.cybersudoe.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The editorial side: the programme of issues (seeded from the project calendar), writing the
 * variants, approval by a network admin, launching now or at a time, pausing, resuming and
 * cancelling. Each action says why it was refused, as a message key.
 */
@Service
public class Programme {

    /** How many issues the programme has. */
    public static final int ISSUES = 20;

    private static final Logger log = LoggerFactory.getLogger(Programme.class);

    private final Issues issues;
    private final SendRecords records;
    private final Launcher launcher;
    private final DeliveryEngine engine;
    private final Network network;
    private final SenderAddress senderAddress;
    private final LaunchAudience launchAudience;
    private final Clock clock;

    Programme(Issues issues, SendRecords records, Launcher launcher, DeliveryEngine engine, Network network,
              SenderAddress senderAddress, LaunchAudience launchAudience, Clock clock) {
        this.senderAddress = senderAddress;
        this.launchAudience = launchAudience;
        this.issues = issues;
        this.records = records;
        this.launcher = launcher;
        this.engine = engine;
        this.network = network;
        this.clock = clock;
    }

    /** What became of an action: done, or refused with a message key. */
    public record Outcome(boolean done, String messageKey) {
        static Outcome ok(String key) {
            return new Outcome(true, key);
        }

        static Outcome refused(String key) {
            return new Outcome(false, key);
        }
    }

    /**
     * Adds the issues of the programme that are missing, one a month across the project's span;
     * each in its own statement, so that two nodes starting together add each issue once.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void seed() {
        List<LocalDate> days = plannedDays(network.calendar());
        int added = 0;
        for (int number = 1; number <= days.size(); number++) {
            if (issues.add(number, days.get(number - 1), clock.instant())) {
                added++;
            }
        }
        if (added > 0) {
            log.info("Newsletter programme: {} issues planned", added);
        }
    }

    /** Twenty monthly days, on the 15th, centred in the project's span. */
    static List<LocalDate> plannedDays(ProjectCalendar calendar) {
        long months = ChronoUnit.MONTHS.between(calendar.start().withDayOfMonth(1), calendar.end().withDayOfMonth(1)) + 1;
        long first = Math.max(0, (months - ISSUES) / 2);
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < ISSUES; i++) {
            days.add(calendar.start().withDayOfMonth(15).plusMonths(first + i));
        }
        return days;
    }

    /** Checks and writes a variant; the errors by field name (message keys) when it is refused. */
    @Transactional
    public Map<String, String> saveVariant(long issueId, Variant variant) {
        Map<String, String> errors = check(variant);
        if (errors.isEmpty() && !issues.saveVariant(issueId, variant, clock.instant())) {
            errors.put("", "newsletters.refused.notEditable");
        }
        return errors;
    }

    static Map<String, String> check(Variant variant) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (variant.subject().isBlank()) {
            errors.put("subject", "newsletters.variant.subject.required");
        } else if (variant.subject().length() > Variant.MAX_SUBJECT) {
            errors.put("subject", "newsletters.variant.subject.tooLong");
        }
        if (variant.preheader().length() > Variant.MAX_PREHEADER) {
            errors.put("preheader", "newsletters.variant.preheader.tooLong");
        }
        if (variant.body().isBlank()) {
            errors.put("body", "newsletters.variant.body.required");
        } else if (variant.body().length() > Variant.MAX_BODY) {
            errors.put("body", "newsletters.variant.body.tooLong");
        }
        if (variant.links().length() > Variant.MAX_LINKS) {
            errors.put("links", "newsletters.variant.links.tooLong");
        } else if (!variant.linkErrors().isEmpty()) {
            errors.put("links", "newsletters.variant.links.invalid");
        }
        return errors;
    }

    @Transactional
    public Outcome deleteVariant(long issueId, Language language) {
        return issues.deleteVariant(issueId, language, clock.instant())
                ? Outcome.ok("newsletters.variant.deleted") : Outcome.refused("newsletters.refused.notEditable");
    }

    /** Sets the audience (a segment, or null for everyone with consent) and the planned day. */
    @Transactional
    public Outcome plan(long issueId, Long segmentId, LocalDate plannedOn) {
        return issues.plan(issueId, segmentId, plannedOn, clock.instant())
                ? Outcome.ok("newsletters.plan.saved") : Outcome.refused("newsletters.refused.notEditable");
    }

    /** A network admin approves a draft that has an English variant (everyone's last fallback). */
    @Transactional
    public Outcome approve(long issueId, long accountId) {
        Optional<Issue> issue = issues.find(issueId);
        if (issue.isEmpty() || issue.get().state() != IssueState.DRAFT) {
            return Outcome.refused("newsletters.refused.notDraft");
        }
        if (!issues.variants(issueId).containsKey(Language.EN)) {
            return Outcome.refused("newsletters.refused.noEnglish");
        }
        return issues.approve(issueId, accountId, clock.instant())
                ? Outcome.ok("newsletters.approved") : Outcome.refused("newsletters.refused.notDraft");
    }

    /**
     * Launches an approved issue now, once a network admin saw its audience: refused without the
     * sender's postal address, or while a language read by more than 1 % of the audience has no
     * version and is not among {@code waived} (kept as the admin's waiver).
     */
    public Outcome launchNow(long issueId, Set<Language> waived, long accountId) {
        Optional<Outcome> refused = refusedLaunch(issueId, waived, accountId);
        if (refused.isPresent()) {
            return refused.get();
        }
        long recipients = launcher.launchApproved(issueId);
        engine.refresh();
        return recipients < 0 ? Outcome.refused("newsletters.refused.notApproved") : Outcome.ok("newsletters.launched");
    }

    /** Schedules an approved issue, on the same conditions as a launch now. */
    public Outcome schedule(long issueId, Instant at, Set<Language> waived, long accountId) {
        if (at == null || !at.isAfter(clock.instant())) {
            return Outcome.refused("newsletters.refused.scheduleInPast");
        }
        Optional<Outcome> refused = refusedLaunch(issueId, waived, accountId);
        if (refused.isPresent()) {
            return refused.get();
        }
        return issues.schedule(issueId, at, clock.instant())
                ? Outcome.ok("newsletters.scheduled") : Outcome.refused("newsletters.refused.notApproved");
    }

    /** Why the issue may not be launched (or scheduled) yet; empty when it may. Keeps the waivers given. */
    private Optional<Outcome> refusedLaunch(long issueId, Set<Language> waived, long accountId) {
        if (senderAddress.postalAddress().isEmpty()) {
            return Optional.of(Outcome.refused("newsletters.refused.noPostalAddress"));
        }
        Optional<Issue> issue = issues.find(issueId);
        if (issue.isEmpty() || (issue.get().state() != IssueState.APPROVED && issue.get().state() != IssueState.SCHEDULED)) {
            return Optional.of(Outcome.refused("newsletters.refused.notApproved"));
        }
        LaunchAudience.Summary summary = launchAudience.of(issue.get());
        Set<Language> accepted = summary.missing().stream().filter(waived::contains)
                .collect(java.util.stream.Collectors.toSet());
        if (!accepted.containsAll(summary.missing())) {
            return Optional.of(Outcome.refused("newsletters.refused.missingVariant"));
        }
        launchAudience.waive(issueId, accepted, accountId, clock.instant());
        return Optional.empty();
    }

    @Transactional
    public Outcome unschedule(long issueId) {
        return issues.move(issueId, IssueState.SCHEDULED, IssueState.APPROVED, clock.instant())
                ? Outcome.ok("newsletters.unscheduled") : Outcome.refused("newsletters.refused.notScheduled");
    }

    public Outcome pause(long issueId) {
        boolean done = issues.move(issueId, IssueState.SENDING, IssueState.PAUSED, clock.instant());
        engine.refresh();
        return done ? Outcome.ok("newsletters.paused") : Outcome.refused("newsletters.refused.notSending");
    }

    public Outcome resume(long issueId) {
        boolean done = issues.move(issueId, IssueState.PAUSED, IssueState.SENDING, clock.instant());
        engine.refresh();
        return done ? Outcome.ok("newsletters.resumed") : Outcome.refused("newsletters.refused.notPaused");
    }

    @Transactional
    public Outcome cancel(long issueId) {
        Instant now = clock.instant();
        boolean done = issues.move(issueId, IssueState.SENDING, IssueState.CANCELLED, now)
                || issues.move(issueId, IssueState.PAUSED, IssueState.CANCELLED, now);
        if (done) {
            records.cancelOpen(issueId, now);
        }
        engine.refresh();
        return done ? Outcome.ok("newsletters.cancelled") : Outcome.refused("newsletters.refused.notSending");
    }
}
