package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.IndicatorEntries;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.monitoring.EvaluationRefused;
import eu.cybersudoe.monitoring.internal.GuideRegions;
import eu.cybersudoe.monitoring.internal.RulesAdoptions;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import eu.cybersudoe.shared.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The practical guide of one indicator (MON-1): how to count it, whether the platform measures it or partners enter it, the notes
 * by region for Spain, and the steering committee's adoption of the monitoring rules (recorded by network admins).
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR,
        Role.PROGRAMME_OFFICER})
class GuideController {

    private final Monitoring monitoring;
    private final IndicatorEntries entries;
    private final GuideRegions regions;
    private final RulesAdoptions adoptions;
    private final ObjectProvider<Network> network;

    GuideController(Monitoring monitoring, IndicatorEntries entries, GuideRegions regions, RulesAdoptions adoptions,
                    ObjectProvider<Network> network) {
        this.monitoring = monitoring;
        this.entries = entries;
        this.regions = regions;
        this.adoptions = adoptions;
        this.network = network;
    }

    @GetMapping("/{lang}/office/indicators/guide/{code}")
    String guide(@PathVariable String lang, @PathVariable String code, Model model) {
        Language language = Language.fromCode(lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Indicator indicator = monitoring.indicator(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("view", new GuidePage(code, indicator.name().in(language), indicator.definition().in(language),
                "monitoring.kind." + indicator.kind().code(), "monitoring.unit." + indicator.unit().code(), indicator.workPackage(),
                new Figures(language.locale()).number(indicator.globalTarget()), indicator.distinctCount(), entries.measured(code),
                entries.history(code).size()));
        Optional<RulesAdoptions.Adoption> adopted = adoptions.latest();
        GuideRules.AdoptionForm form = model.asMap().get("adoption") instanceof GuideRules.AdoptionForm typed ? typed
                : new GuideRules.AdoptionForm("", "", null);
        model.addAttribute("rules", new GuideRules(regions.about(code).stream()
                .map(n -> new GuideRules.RegionNote(regionName(n.region()), n.note().in(language))).toList(),
                adopted.map(RulesAdoptions.Adoption::version).orElse(null), adopted.map(RulesAdoptions.Adoption::adoptedOn).orElse(null),
                CurrentUser.get().map(u -> u.role() == Role.NETWORK_ADMIN).orElse(false), form));
        return "monitoring/guide";
    }

    /** Records the steering committee's adoption of a version of the monitoring rules on a day. */
    @PostMapping("/{lang}/office/indicators/guide/{code}/adoptions")
    @Access(roles = Role.NETWORK_ADMIN)
    String adopt(@PathVariable String lang, @PathVariable String code, @RequestParam(required = false) String version,
                 @RequestParam(required = false) String adoptedOn, RedirectAttributes redirect) {
        Language.fromCode(lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        monitoring.indicator(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            LocalDate day = adoptedOn == null || adoptedOn.isBlank() ? null : LocalDate.parse(adoptedOn.strip());
            SignedInUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
            adoptions.record(version, day, user.accountId(), user.displayName());
            redirect.addFlashAttribute("notice", "evaluation.adoption.recorded");
        } catch (DateTimeParseException badDay) {
            redirect.addFlashAttribute("adoption", new GuideRules.AdoptionForm(version, adoptedOn, "evaluation.adoption.refused.date"));
        } catch (EvaluationRefused refused) {
            redirect.addFlashAttribute("adoption", new GuideRules.AdoptionForm(version, adoptedOn, refused.messageKey()));
        }
        return "redirect:/" + lang + "/office/indicators/guide/" + code;
    }

    private String regionName(String code) {
        Network known = network.getIfAvailable();
        return known == null ? code : known.region(code).map(r -> r.name()).orElse(code);
    }
}
