package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.companies.SegmentSummary;
import eu.cybersudoe.companies.Segments;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.newsletters.internal.DeliveryEngine;
import eu.cybersudoe.newsletters.internal.Issue;
import eu.cybersudoe.newsletters.internal.IssueState;
import eu.cybersudoe.newsletters.internal.Issues;
import eu.cybersudoe.newsletters.internal.LaunchAudience;
import eu.cybersudoe.newsletters.internal.SenderAddress;
import eu.cybersudoe.newsletters.internal.TestRecipients;
import eu.cybersudoe.newsletters.internal.Programme;
import eu.cybersudoe.newsletters.internal.SendRecords;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The newsletter pages of the back office: the programme, an issue with its variants, audience
 * and delivery (live while it is sent), and the actions of each state. Partner managers write,
 * preview and test-send; only network admins choose the audience, approve, launch, pause, resume
 * and cancel. Issues belong to the whole network: no partner's private data is shown here, only
 * counts.
 */
@Controller
class NewsletterOfficeController {

    static final String BASE = "/office/newsletters";

    private final Issues issues;
    private final Programme programme;
    private final SendRecords records;
    private final Segments segments;
    private final Network network;
    private final UncertainViews uncertain;
    private final LaunchAudience launchAudience;
    private final SenderAddress senderAddress;
    private final DeliveryEngine engine;
    private final TestRecipients testRecipients;
    private final Clock clock;

    NewsletterOfficeController(Issues issues, Programme programme, SendRecords records, Segments segments, Network network,
                               UncertainViews uncertain, LaunchAudience launchAudience, SenderAddress senderAddress,
                               DeliveryEngine engine, TestRecipients testRecipients, Clock clock) {
        this.engine = engine;
        this.testRecipients = testRecipients;
        this.uncertain = uncertain;
        this.launchAudience = launchAudience;
        this.senderAddress = senderAddress;
        this.issues = issues;
        this.programme = programme;
        this.records = records;
        this.segments = segments;
        this.network = network;
        this.clock = clock;
    }

    @GetMapping("/{lang}" + BASE)
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
    String list(@PathVariable String lang, Model model) {
        Map<Long, Long> delivered = records.deliveredByIssue();
        LocalDate today = LocalDate.now(clock.withZone(Moments.ZONE));
        List<IssueLine> lines = issues.programme().stream()
                .map(issue -> new IssueLine(issue, issues.variants(issue.id()).keySet(), delivered.getOrDefault(issue.id(), 0L),
                        issue.overdue(today)))
                .toList();
        model.addAttribute("overdue", lines.stream().filter(IssueLine::overdue).count());
        model.addAttribute("lines", lines);
        return "newsletters/programme";
    }

    @GetMapping("/{lang}" + BASE + "/{issueId}")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
    String issue(@PathVariable String lang, @PathVariable long issueId, Model model) {
        Issue issue = found(issueId);
        List<SegmentSummary> all = allSegments();
        SegmentSummary segment = all.stream().filter(s -> issue.segmentId() != null && s.id() == issue.segmentId())
                .findFirst().orElse(null);
        Object problem = model.getAttribute("problem");
        model.addAttribute("view", new IssueView(issue, issues.variants(issueId), segment,
                isAdmin() ? all : List.of(), issue.state().launched() ? progress(issue) : null,
                isAdmin() && issue.state().launched() ? uncertain.of(issue) : null, problem instanceof String key ? key : null,
                !issue.state().launched() && senderAddress.postalAddress().isEmpty(),
                model.getAttribute("testAddresses") instanceof String typed ? typed : "",
                model.getAttribute("testList") instanceof String list ? list : String.join("\n", testRecipients.listOf(issueId))));
        return "newsletters/issue";
    }

    @GetMapping("/{lang}" + BASE + "/{issueId}/progress")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
    String progress(@PathVariable String lang, @PathVariable long issueId, Model model) {
        model.addAttribute("progress", progress(found(issueId)));
        return "newsletters/progress";
    }

    @PostMapping("/{lang}" + BASE + "/{issueId}/plan")
    @Access(roles = Role.NETWORK_ADMIN)
    String plan(@PathVariable String lang, @PathVariable long issueId, @RequestParam(defaultValue = "") String segmentId,
                @RequestParam(defaultValue = "") String plannedOn, RedirectAttributes redirect) {
        Issue issue = found(issueId);
        Long segment = segmentId.isBlank() ? null : parseSegment(segmentId);
        LocalDate day;
        try {
            day = plannedOn.isBlank() ? issue.plannedOn() : LocalDate.parse(plannedOn.strip());
        } catch (DateTimeParseException unreadable) {
            return refused(redirect, lang, issueId, "newsletters.plan.dateInvalid");
        }
        return outcome(redirect, lang, issueId, programme.plan(issueId, segment, day));
    }

    private Long parseSegment(String segmentId) {
        try {
            long id = Long.parseLong(segmentId.strip());
            if (allSegments().stream().noneMatch(s -> s.id() == id)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
            return id;
        } catch (NumberFormatException unreadable) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    @PostMapping("/{lang}" + BASE + "/{issueId}/approve")
    @Access(roles = Role.NETWORK_ADMIN)
    String approve(@PathVariable String lang, @PathVariable long issueId, RedirectAttributes redirect) {
        long account = account();
        return act(redirect, lang, issueId, id -> programme.approve(id, account));
    }

    /** The confirmation of a launch (now, or at {@code at} when scheduling): the audience by language and country. */
    @GetMapping("/{lang}" + BASE + "/{issueId}/launch")
    @Access(roles = Role.NETWORK_ADMIN)
    String confirmLaunch(@PathVariable String lang, @PathVariable long issueId, @RequestParam(defaultValue = "") String at,
                         Model model, RedirectAttributes redirect) {
        Issue issue = found(issueId);
        LocalDateTime time = null;
        if (!at.isBlank()) {
            try {
                time = LocalDateTime.parse(at.strip());
            } catch (DateTimeParseException unreadable) {
                return refused(redirect, lang, issueId, "newsletters.refused.scheduleInvalid");
            }
        }
        Object problem = model.getAttribute("problem");
        model.addAttribute("view", new LaunchView(issue, issues.variants(issueId).keySet(), launchAudience.of(issue),
                senderAddress.postalAddress().orElse(null), time, problem instanceof String key ? key : null));
        return "newsletters/launch";
    }

    @PostMapping("/{lang}" + BASE + "/{issueId}/launch")
    @Access(roles = Role.NETWORK_ADMIN)
    String launch(@PathVariable String lang, @PathVariable long issueId, @RequestParam(defaultValue = "false") boolean confirmed,
                  @RequestParam(defaultValue = "") List<String> waive, RedirectAttributes redirect) {
        found(issueId);
        if (!confirmed) {
            return unconfirmed(redirect, lang, issueId, "");
        }
        Programme.Outcome outcome = programme.launchNow(issueId, languages(waive), account());
        return outcome.done() ? outcome(redirect, lang, issueId, outcome) : unconfirmed(redirect, lang, issueId, "", outcome);
    }

    @PostMapping("/{lang}" + BASE + "/{issueId}/schedule")
    @Access(roles = Role.NETWORK_ADMIN)
    String schedule(@PathVariable String lang, @PathVariable long issueId, @RequestParam(defaultValue = "") String at,
                    @RequestParam(defaultValue = "false") boolean confirmed, @RequestParam(defaultValue = "") List<String> waive,
                    RedirectAttributes redirect) {
        found(issueId);
        LocalDateTime time;
        try {
            time = LocalDateTime.parse(at.strip());
        } catch (DateTimeParseException unreadable) {
            return refused(redirect, lang, issueId, "newsletters.refused.scheduleInvalid");
        }
        if (!confirmed) {
            return unconfirmed(redirect, lang, issueId, time.toString());
        }
        Programme.Outcome outcome = programme.schedule(issueId, time.toInstant(ZoneOffset.UTC), languages(waive), account());
        return outcome.done() ? outcome(redirect, lang, issueId, outcome)
                : unconfirmed(redirect, lang, issueId, time.toString(), outcome);
    }

    /** Back to the confirmation page, saying the launch was not confirmed. */
    private static String unconfirmed(RedirectAttributes redirect, String lang, long issueId, String at) {
        return unconfirmed(redirect, lang, issueId, at, new Programme.Outcome(false, "newsletters.launch.confirmRequired"));
    }

    private static String unconfirmed(RedirectAttributes redirect, String lang, long issueId, String at,
                                      Programme.Outcome outcome) {
        redirect.addFlashAttribute("problem", outcome.messageKey());
        return "redirect:/" + lang + BASE + "/" + issueId + "/launch" + (at.isEmpty() ? "" : "?at=" + at);
    }

    private static Set<Language> languages(List<String> codes) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        codes.forEach(code -> Language.fromCode(code).ifPresent(languages::add));
        return languages;
    }

    private static long account() {
        return CurrentUser.get().map(SignedInUser::accountId).orElseThrow();
    }

    @PostMapping("/{lang}" + BASE + "/{issueId}/unschedule")
    @Access(roles = Role.NETWORK_ADMIN)
    String unschedule(@PathVariable String lang, @PathVariable long issueId, RedirectAttributes redirect) {
        return act(redirect, lang, issueId, programme::unschedule);
    }

    @PostMapping("/{lang}" + BASE + "/{issueId}/pause")
    @Access(roles = Role.NETWORK_ADMIN)
    String pause(@PathVariable String lang, @PathVariable long issueId, RedirectAttributes redirect) {
        return act(redirect, lang, issueId, programme::pause);
    }

    @PostMapping("/{lang}" + BASE + "/{issueId}/resume")
    @Access(roles = Role.NETWORK_ADMIN)
    String resume(@PathVariable String lang, @PathVariable long issueId, RedirectAttributes redirect) {
        return act(redirect, lang, issueId, programme::resume);
    }

    @PostMapping("/{lang}" + BASE + "/{issueId}/cancel")
    @Access(roles = Role.NETWORK_ADMIN)
    String cancel(@PathVariable String lang, @PathVariable long issueId, RedirectAttributes redirect) {
        return act(redirect, lang, issueId, programme::cancel);
    }

    private String act(RedirectAttributes redirect, String lang, long issueId, LongFunction<Programme.Outcome> action) {
        found(issueId);
        return outcome(redirect, lang, issueId, action.apply(issueId));
    }

    static String outcome(RedirectAttributes redirect, String lang, long issueId, Programme.Outcome outcome) {
        redirect.addFlashAttribute(outcome.done() ? "notice" : "problem", outcome.messageKey());
        return "redirect:/" + lang + BASE + "/" + issueId;
    }

    static String refused(RedirectAttributes redirect, String lang, long issueId, String key) {
        redirect.addFlashAttribute("problem", key);
        return "redirect:/" + lang + BASE + "/" + issueId;
    }

    private Progress progress(Issue issue) {
        long recent = records.finishedSince(issue.id(), clock.instant().minus(Duration.ofSeconds(10)));
        return new Progress(issue.id(), issue.state(), records.counts(issue.id()), recent / 10,
                issue.state() == IssueState.SENDING ? engine.relayOutage() : null);
    }

    private List<SegmentSummary> allSegments() {
        List<SegmentSummary> all = new ArrayList<>();
        for (Partner partner : network.partners()) {
            all.addAll(segments.segmentsOf(partner.id().value()));
        }
        return all;
    }

    private Issue found(long issueId) {
        return issues.find(issueId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static boolean isAdmin() {
        return CurrentUser.get().map(u -> u.role() == Role.NETWORK_ADMIN).orElse(false);
    }
}
