package eu.cybersudoe.toolbox.web;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.toolbox.internal.Coverage;
import eu.cybersudoe.toolbox.internal.ItemSearch;
import eu.cybersudoe.toolbox.internal.TextState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * The translation coverage: items by languages with each text's state, filtered by theme and
 * partner, and the counts per theme and per partner, so that the gaps show at a glance.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.EVALUATOR, Role.PROGRAMME_OFFICER})
class CoverageController {

    static final int PAGE_SIZE = 50;

    private final Coverage coverage;
    private final ItemSearch search;
    private final ItemCards cards;
    private final Network network;

    CoverageController(Coverage coverage, ItemSearch search, ItemCards cards, Network network) {
        this.coverage = coverage;
        this.search = search;
        this.cards = cards;
        this.network = network;
    }

    @GetMapping("/{lang}/office/toolbox/coverage")
    String coverage(@PathVariable String lang, @RequestParam(required = false) String theme,
                    @RequestParam(required = false) String partner, @RequestParam(defaultValue = "1") int page, Model model) {
        String themeCode = theme == null ? null : network.theme(theme).map(t -> t.code()).orElse(null);
        String partnerId = network.partnerTyped(partner).map(p -> p.id().value()).orElse(null);
        ItemSearch.Page result = search.ofPartner(partnerId, new ItemSearch.Filter(themeCode, null, null, null, null), page, PAGE_SIZE);
        model.addAttribute("summary", coverage.summary());
        model.addAttribute("result", result);
        model.addAttribute("cards", cards.of(result.items(), ToolboxScope.language(lang)));
        model.addAttribute("themes", network.themes(true));
        model.addAttribute("partners", network.partners());
        model.addAttribute("theme", themeCode);
        model.addAttribute("partner", partnerId);
        model.addAttribute("languages", List.of(Language.values()));
        model.addAttribute("states", List.of(TextState.PUBLISHED, TextState.OUTDATED, TextState.IN_REVIEW, TextState.DRAFT, TextState.MISSING));
        model.addAttribute("partnerNames", network.partners().stream().collect(java.util.stream.Collectors.toMap(
                p -> p.id().value(), Partner::shortName)));
        return "toolbox/coverage";
    }
}
