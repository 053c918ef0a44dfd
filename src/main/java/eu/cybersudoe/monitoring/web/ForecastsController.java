package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Forecasts;
import eu.cybersudoe.monitoring.IndicatorEntries;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A partner's forecasts, per indicator and semester, edited by network admins (MON-2): a blank
 * field follows the default line; a refused field keeps what was typed with its error, and nothing
 * is saved until every field is right.
 */
@Controller
@Access(roles = Role.NETWORK_ADMIN)
class ForecastsController {

    private final Forecasts forecasts;
    private final ObjectProvider<Network> network;

    ForecastsController(Forecasts forecasts, ObjectProvider<Network> network) {
        this.forecasts = forecasts;
        this.network = network;
    }

    @GetMapping("/{lang}/office/indicators/forecasts")
    String form(@PathVariable String lang, @RequestParam(required = false) String partner, Model model) {
        Language language = language(lang);
        Partner shown = partner(partner);
        model.addAttribute("view", view(shown, language, Map.of(), Map.of()));
        return "monitoring/forecasts";
    }

    @PostMapping("/{lang}/office/indicators/forecasts/{partnerId}")
    String save(@PathVariable String lang, @PathVariable String partnerId, @RequestParam Map<String, String> params,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Language language = language(lang);
        Partner shown = partner(partnerId);
        Map<String, String> typed = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.contains("--")) {
                typed.put(name, value);
            }
        });
        Map<String, String> errors = forecasts.edit(shown.id(), typed, person());
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("notice", "monitoring.forecast.saved");
            return "redirect:/" + lang + "/office/indicators/forecasts?partner=" + shown.id().value();
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("view", view(shown, language, typed, errors));
        return "monitoring/forecasts";
    }

    private ForecastsView view(Partner shown, Language language, Map<String, String> typed, Map<String, String> errors) {
        List<IndicatorsView.PartnerOption> options = network.getObject().partners().stream()
                .map(p -> new IndicatorsView.PartnerOption(p.id().value(), p.shortName(), p.id().equals(shown.id()))).toList();
        return ForecastsView.of(options, shown.id().value(), shown.shortName(), forecasts.plan(shown.id()), language, typed, errors);
    }

    private Partner partner(String id) {
        Network net = network.getObject();
        if (id == null || id.isBlank()) {
            return net.partners().getFirst();
        }
        try {
            return net.partner(new PartnerId(id.strip())).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (IllegalArgumentException notASlug) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static IndicatorEntries.Person person() {
        SignedInUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        return new IndicatorEntries.Person(user.accountId(), user.displayName());
    }

    private static Language language(String lang) {
        return Language.fromCode(lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
