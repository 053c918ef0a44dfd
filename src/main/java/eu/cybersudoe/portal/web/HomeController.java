package eu.cybersudoe.portal.web;

import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.security.Access;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;

/** The public home page of the programme: its goals and figures, the partners, the themes. */
@Controller
@Access(Access.Audience.PUBLIC)
class HomeController {

    /** The targets the home page shows, in this order. */
    static final List<String> HEADLINE_INDICATORS = List.of("companies-made-aware", "conferences-held",
            "assistance-missions", "newsletters-issued", "diagnostic-tools", "awareness-actions-evaluated");

    private final Network network;
    private final Monitoring monitoring;

    HomeController(Network network, Monitoring monitoring) {
        this.network = network;
        this.monitoring = monitoring;
    }

    @GetMapping({"/{lang}", "/{lang}/"})
    String home(@PathVariable String lang, Model model) {
        List<HomeView.Figure> figures = HEADLINE_INDICATORS.stream()
                .flatMap(code -> monitoring.indicator(code).stream())
                .flatMap(indicator -> indicator.target().stream().map(target -> new HomeView.Figure(indicator.name(), target)))
                .toList();
        model.addAttribute("home", new HomeView(figures, network.partners(), network.themes(false)));
        return "portal/home";
    }
}
