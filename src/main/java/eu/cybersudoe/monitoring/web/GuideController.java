package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.IndicatorEntries;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The practical guide of one indicator (MON-1): how to count it, and whether the platform measures it or partners enter it. */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR,
        Role.PROGRAMME_OFFICER})
class GuideController {

    private final Monitoring monitoring;
    private final IndicatorEntries entries;

    GuideController(Monitoring monitoring, IndicatorEntries entries) {
        this.monitoring = monitoring;
        this.entries = entries;
    }

    @GetMapping("/{lang}/office/indicators/guide/{code}")
    String guide(@PathVariable String lang, @PathVariable String code, Model model) {
        Language language = Language.fromCode(lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Indicator indicator = monitoring.indicator(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("view", new GuidePage(code, indicator.name().in(language), indicator.definition().in(language),
                "monitoring.kind." + indicator.kind().code(), "monitoring.unit." + indicator.unit().code(), indicator.workPackage(),
                new Figures(language.locale()).number(indicator.globalTarget()), indicator.distinctCount(), entries.measured(code),
                entries.history(code).size()));
        return "monitoring/guide";
    }
}
