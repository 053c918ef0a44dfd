package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Dashboard;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.Optional;

/** The back-office dashboard of indicators (MON-1): the whole network, or one partner with {@code ?partner=}. */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR,
        Role.PROGRAMME_OFFICER})
class IndicatorsController {

    private final Monitoring monitoring;

    IndicatorsController(Monitoring monitoring) {
        this.monitoring = monitoring;
    }

    @GetMapping("/{lang}/office/indicators")
    String indicators(@PathVariable String lang, @RequestParam(required = false) String partner, Model model) {
        Language language = Language.fromCode(lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Dashboard dashboard = partner == null || partner.isBlank()
                ? monitoring.dashboard()
                : partnerId(partner).flatMap(monitoring::dashboard)
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No partner " + partner));
        model.addAttribute("view", IndicatorsView.of(dashboard, language));
        return "monitoring/indicators";
    }

    private static Optional<PartnerId> partnerId(String value) {
        try {
            return Optional.of(new PartnerId(value.strip()));
        } catch (IllegalArgumentException notASlug) {
            return Optional.empty();
        }
    }
}
