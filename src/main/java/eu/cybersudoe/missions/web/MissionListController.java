package eu.cybersudoe.missions.web;

import eu.cybersudoe.accounts.StaffDirectory;
import eu.cybersudoe.missions.internal.MissionFilter;
import eu.cybersudoe.missions.internal.DepartedAdvisors;
import eu.cybersudoe.missions.internal.MissionSearch;
import eu.cybersudoe.missions.internal.MissionState;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;

/**
 * The list of missions: the partner's (all partners' for network admins), filtered by state,
 * advisor, partner, dates and theme, by pages of 25, and exported to CSV or XLSX with the same
 * filters. Advisors see their own missions first ("mine").
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
class MissionListController {

    static final int PAGE_SIZE = 25;

    private final MissionSearch search;
    private final MissionViews views;
    private final StaffDirectory staff;
    private final Network network;
    private final MissionExports exports;
    private final DepartedAdvisors departed;

    MissionListController(MissionSearch search, MissionViews views, StaffDirectory staff, Network network, MissionExports exports,
                          DepartedAdvisors departed) {
        this.search = search;
        this.views = views;
        this.staff = staff;
        this.network = network;
        this.exports = exports;
        this.departed = departed;
    }

    @GetMapping("/{lang}/office/missions")
    String list(@PathVariable String lang, @ModelAttribute("filter") ListFilter filter, @RequestParam(defaultValue = "1") int page,
                HttpServletRequest request, Model model) {
        String partner = MissionScope.listedPartner(request);
        MissionFilter criteria = filter.criteria(partner, MissionScope.user());
        model.addAttribute("filter", filter);
        model.addAttribute("result", search.page(criteria, page, PAGE_SIZE));
        model.addAttribute("states", MissionState.values());
        model.addAttribute("themes", network.themes(true));
        model.addAttribute("partners", partner == null ? network.partners() : java.util.List.of());
        model.addAttribute("partnerNames", network.partners().stream().collect(java.util.stream.Collectors.toMap(
                p -> p.id().value(), eu.cybersudoe.network.Partner::shortName)));
        model.addAttribute("staff", partner == null ? java.util.List.of() : staff.staffOf(partner));
        model.addAttribute("query", filter.query());
        model.addAttribute("toReassign", MissionScope.user().role() == Role.ADVISOR ? java.util.List.of() : departed.withOpenMissions(partner));
        return "missions/list";
    }

    @GetMapping("/{lang}/office/missions/export.csv")
    void csv(@PathVariable String lang, @ModelAttribute("filter") ListFilter filter, HttpServletRequest request,
             HttpServletResponse response) throws IOException {
        MissionFilter criteria = filter.criteria(MissionScope.listedPartner(request), MissionScope.user());
        exports.csv(criteria, language(lang), response);
    }

    @GetMapping("/{lang}/office/missions/export.xlsx")
    void xlsx(@PathVariable String lang, @ModelAttribute("filter") ListFilter filter, HttpServletRequest request,
              HttpServletResponse response) throws IOException {
        MissionFilter criteria = filter.criteria(MissionScope.listedPartner(request), MissionScope.user());
        exports.xlsx(criteria, language(lang), response);
    }

    private static Language language(String lang) {
        return MissionScope.language(lang);
    }
}
