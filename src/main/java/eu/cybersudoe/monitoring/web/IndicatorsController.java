package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Alert;
import eu.cybersudoe.monitoring.Alerts;
import eu.cybersudoe.monitoring.Closer;
import eu.cybersudoe.monitoring.Forecasts;
import eu.cybersudoe.monitoring.Dashboard;
import eu.cybersudoe.monitoring.Edition;
import eu.cybersudoe.monitoring.EditionRefused;
import eu.cybersudoe.monitoring.IndicatorEntries;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The back-office dashboard of indicators (MON-1): the whole network, or one partner with {@code ?partner=};
 * the running semester, or an earlier one with {@code ?semester=} (its closed edition, or a revision of it
 * with {@code &revision=}); and the closing of a semester.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR,
        Role.PROGRAMME_OFFICER})
class IndicatorsController {

    private final Monitoring monitoring;
    private final ObjectProvider<IndicatorEntries> entries;
    private final ObjectProvider<Clock> clock;
    private final ObjectProvider<Forecasts> forecasts;
    private final ObjectProvider<Alerts> alerts;
    private final ObjectProvider<SelfEvaluationResults> selfEvaluations;

    IndicatorsController(Monitoring monitoring, ObjectProvider<IndicatorEntries> entries, ObjectProvider<Clock> clock,
                         ObjectProvider<Forecasts> forecasts, ObjectProvider<Alerts> alerts,
                         ObjectProvider<SelfEvaluationResults> selfEvaluations) {
        this.monitoring = monitoring;
        this.entries = entries;
        this.clock = clock;
        this.forecasts = forecasts;
        this.alerts = alerts;
        this.selfEvaluations = selfEvaluations;
    }

    @GetMapping("/{lang}/office/indicators")
    String indicators(@PathVariable String lang, @RequestParam(required = false) String partner,
                      @RequestParam(required = false) Integer semester, @RequestParam(required = false) Integer revision,
                      HttpServletRequest request, Model model) {
        Language language = Language.fromCode(lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<PartnerId> chosen = partner == null || partner.isBlank() ? Optional.empty()
                : Optional.of(partnerId(partner).orElseThrow(() -> notFound("No partner " + partner)));
        Dashboard dashboard;
        if (semester == null) {
            dashboard = chosen.isEmpty() ? monitoring.dashboard()
                    : monitoring.dashboard(chosen.get()).orElseThrow(() -> notFound("No partner " + partner));
        } else {
            dashboard = monitoring.dashboard(semester, revision == null ? 0 : revision, chosen)
                    .orElseThrow(() -> notFound("No semester " + semester + " revision " + revision));
        }
        List<Edition> revisions = monitoring.editions(dashboard.semester().number());
        model.addAttribute("view", IndicatorsView.of(dashboard, language, revisions == null ? List.of() : revisions,
                LocalDate.now(clock.getIfAvailable(Clock::systemUTC)), closer().map(monitoring::mayClose).orElse(false),
                code -> entries.getIfAvailable() == null || entries.getObject().measured(code)));
        model.addAttribute("trajectory", trajectory(dashboard, language, request));
        SelfEvaluationResults results = selfEvaluations.getIfAvailable();
        if (results != null) {
            model.addAttribute("selfEvaluations", results.of(dashboard.semester().number(), language));
        }
        model.addAttribute("breakdowns", breakdowns(dashboard, language));
        return "monitoring/indicators";
    }

    /** The forecasts at the end of the semester shown, and the alerts not resolved the reader may see. */
    private DashboardTrajectory trajectory(Dashboard dashboard, Language language, HttpServletRequest request) {
        Forecasts plan = forecasts.getIfAvailable();
        Alerts kept = alerts.getIfAvailable();
        if (plan == null || kept == null) {
            return DashboardTrajectory.NONE;
        }
        Figures figures = new Figures(language.locale());
        Optional<PartnerId> scope = dashboard.partner().map(p -> p.id());
        Map<String, String> byCode = new HashMap<>();
        dashboard.lines().forEach(line -> plan.forecast(line.indicator(), scope, dashboard.semester().number())
                .ifPresent(f -> byCode.put(line.indicator().code(), figures.number(f))));
        boolean ownOnly = CurrentUser.get().map(u -> u.role().isPartnerStaff() && u.role() != Role.NETWORK_ADMIN).orElse(true);
        Optional<PartnerId> seen = ownOnly ? CurrentUser.actingPartner(request).flatMap(IndicatorsController::partnerId) : scope;
        int open = ownOnly && seen.isEmpty() ? 0 : (int) kept.list(new Alerts.Filter(seen, Optional.empty(), Optional.empty()))
                .stream().filter(a -> a.state() != Alert.State.RESOLVED).count();
        return new DashboardTrajectory(byCode, open);
    }

    /** Closes a semester, or revises its edition with a reason; a network admin or a manager of the lead partner. */
    @PostMapping("/{lang}/office/indicators/editions/{semester}")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
    String close(@PathVariable String lang, @PathVariable int semester, @RequestParam(required = false) String reason,
                 RedirectAttributes redirect) {
        Language.fromCode(lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            Closer closer = closer().orElseThrow(() -> new EditionRefused("monitoring.edition.refused.notAllowed"));
            Edition edition = monitoring.close(semester, closer, reason);
            redirect.addFlashAttribute("notice", edition.correction() ? "monitoring.edition.revised" : "monitoring.edition.closed");
        } catch (EditionRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/" + lang + "/office/indicators?semester=" + semester;
    }

    private static Optional<Closer> closer() {
        return CurrentUser.get().map(IndicatorsController::closer);
    }

    private static Closer closer(SignedInUser user) {
        return new Closer(user.accountId(), user.displayName(), user.role(),
                Optional.ofNullable(user.partnerId()).flatMap(IndicatorsController::partnerId));
    }

    private static ResponseStatusException notFound(String why) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, why);
    }

    private static Optional<PartnerId> partnerId(String value) {
        try {
            return Optional.of(new PartnerId(value.strip()));
        } catch (IllegalArgumentException notASlug) {
            return Optional.empty();
        }
    }

    /** The parts the sources name under each measured value, "label value" joined, for a live dashboard only. */
    private java.util.Map<String, String> breakdowns(Dashboard dashboard, Language language) {
        java.util.Map<String, String> shown = new java.util.HashMap<>();
        if (dashboard.frozen()) {
            return shown;
        }
        Figures figures = new Figures(language.locale());
        Optional<PartnerId> partner = dashboard.partner().map(p -> p.id());
        for (Dashboard.Line line : dashboard.lines()) {
            List<eu.cybersudoe.monitoring.IndicatorSource.Part> parts = monitoring.breakdown(line.indicator().code(), dashboard.until(), partner);
            if (!parts.isEmpty()) {
                shown.put(line.indicator().code(), parts.stream().map(part -> part.label().in(language).text() + " " + figures.number(part.value()))
                        .collect(java.util.stream.Collectors.joining(" · ")));
            }
        }
        return shown;
    }
}
