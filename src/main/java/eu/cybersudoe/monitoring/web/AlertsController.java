package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Alert;
import eu.cybersudoe.monitoring.AlertRefused;
import eu.cybersudoe.monitoring.AlertSeverity;
import eu.cybersudoe.monitoring.Alerts;
import eu.cybersudoe.monitoring.IndicatorEntries;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The alerts (MON-2): listed with filters by partner, state and severity; a partner's staff see
 * only their partner's; programme officers and evaluators read every alert and change none; network
 * admins, and a partner's managers for their partner's alerts, acknowledge and resolve them.
 */
@Controller
class AlertsController {

    private final Alerts alerts;
    private final ObjectProvider<Network> network;

    AlertsController(Alerts alerts, ObjectProvider<Network> network) {
        this.alerts = alerts;
        this.network = network;
    }

    @GetMapping("/{lang}/office/indicators/alerts")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.EVALUATOR, Role.PROGRAMME_OFFICER})
    String list(@PathVariable String lang, @RequestParam(required = false) String partner,
                @RequestParam(required = false) String state, @RequestParam(required = false) String severity,
                HttpServletRequest request, Model model) {
        Language language = language(lang);
        Optional<PartnerId> own = ownPartnerOnly(request);
        Optional<PartnerId> chosen = own.isPresent() ? own : partnerId(partner);
        Optional<Alert.State> stateChosen = Arrays.stream(Alert.State.values()).filter(s -> s.code().equals(state)).findFirst();
        Optional<AlertSeverity> severityChosen = Arrays.stream(AlertSeverity.values())
                .filter(s -> s.name().toLowerCase().equals(severity)).findFirst();
        List<Partner> partners = network.getObject().partners();
        List<AlertsView.Line> lines = alerts.list(new Alerts.Filter(chosen, stateChosen, severityChosen)).stream()
                .map(alert -> line(alert, language, partners, request)).toList();
        List<IndicatorsView.PartnerOption> options = own.isPresent() ? List.of() : partners.stream()
                .map(p -> new IndicatorsView.PartnerOption(p.id().value(), p.shortName(),
                        chosen.map(c -> c.equals(p.id())).orElse(false))).toList();
        model.addAttribute("view", new AlertsView(options, chosen.map(PartnerId::value).orElse(null),
                own.map(id -> name(id, partners)).orElse(null), stateChosen.map(Alert.State::code).orElse(null),
                severityChosen.map(s -> s.name().toLowerCase()).orElse(null), lines));
        return "monitoring/alerts";
    }

    @PostMapping("/{lang}/office/indicators/alerts/{id}/acknowledge")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
    String acknowledge(@PathVariable String lang, @PathVariable long id, @RequestParam(required = false) String comment,
                       HttpServletRequest request, RedirectAttributes redirect) {
        language(lang);
        return move(lang, id, request, redirect, "monitoring.alert.acknowledged",
                () -> alerts.acknowledge(id, person(), comment));
    }

    @PostMapping("/{lang}/office/indicators/alerts/{id}/resolve")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
    String resolve(@PathVariable String lang, @PathVariable long id, @RequestParam(required = false) String comment,
                   HttpServletRequest request, RedirectAttributes redirect) {
        language(lang);
        return move(lang, id, request, redirect, "monitoring.alert.resolved", () -> alerts.resolve(id, person(), comment));
    }

    private String move(String lang, long id, HttpServletRequest request, RedirectAttributes redirect, String notice, Runnable move) {
        Alert alert = alerts.alert(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            if (!mayChange(alert, request)) {
                throw new AlertRefused("monitoring.alert.refused.notYours");
            }
            move.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (AlertRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/" + lang + "/office/indicators/alerts#alert-" + id;
    }

    private AlertsView.Line line(Alert alert, Language language, List<Partner> partners, HttpServletRequest request) {
        boolean may = mayChange(alert, request);
        return new AlertsView.Line(alert.id(), alert.severity().name().toLowerCase(), alert.state().code(),
                alert.partner().map(p -> name(p, partners)).orElse(null), alert.explanation().in(language), alert.raisedOn(),
                alert.lastSeenOn(), may && alert.state() == Alert.State.OPEN, may && alert.state() != Alert.State.RESOLVED,
                alerts.history(alert.id()).stream()
                        .map(c -> new AlertsView.Move(c.state().code(), c.comment(), c.by(), c.at())).toList());
    }

    /** A network admin moves any alert; a partner manager only those of the partner they act for. */
    private static boolean mayChange(Alert alert, HttpServletRequest request) {
        Optional<SignedInUser> user = CurrentUser.get();
        if (user.isEmpty()) {
            return false;
        }
        Role role = user.get().role();
        if (role == Role.NETWORK_ADMIN) {
            return true;
        }
        return role == Role.PARTNER_MANAGER && alert.partner().isPresent()
                && CurrentUser.actingPartner(request).map(p -> p.equals(alert.partner().get().value())).orElse(false);
    }

    /** The partner a partner's staff member acts for: they see only its alerts. Empty for every other role. */
    private static Optional<PartnerId> ownPartnerOnly(HttpServletRequest request) {
        SignedInUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (user.role() == Role.NETWORK_ADMIN || !user.role().isPartnerStaff()) {
            return Optional.empty();
        }
        return Optional.of(CurrentUser.actingPartner(request).flatMap(AlertsController::partnerId)
                .orElseThrow(() -> new AccessDeniedException("No partner to act for")));
    }

    private static IndicatorEntries.Person person() {
        SignedInUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        return new IndicatorEntries.Person(user.accountId(), user.displayName());
    }

    private static String name(PartnerId id, List<Partner> partners) {
        return partners.stream().filter(p -> p.id().equals(id)).map(Partner::shortName).findFirst().orElse(id.value());
    }

    private static Optional<PartnerId> partnerId(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PartnerId(value.strip()));
        } catch (IllegalArgumentException notASlug) {
            return Optional.empty();
        }
    }

    private static Language language(String lang) {
        return Language.fromCode(lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
