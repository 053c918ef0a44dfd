package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.internal.OrganisationSearch;
import eu.cybersudoe.companies.internal.SavedSegments;
import eu.cybersudoe.companies.internal.SearchCriteria;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;

/**
 * The company list of the back office: filters in the address (so a result can be linked to),
 * a page of organisations within the person's scope, and the partner's saved segments.
 */
@Controller
class CompanySearchController {

    private final OrganisationSearch search;
    private final SavedSegments segments;
    private final Network network;

    CompanySearchController(OrganisationSearch search, SavedSegments segments, Network network) {
        this.search = search;
        this.segments = segments;
        this.network = network;
    }

    @GetMapping("/{lang}/office/companies")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
    String list(@PathVariable String lang, @RequestParam Map<String, String> parameters, HttpServletRequest request,
                Model model) {
        SearchCriteria criteria = SearchCriteria.fromParameters(parameters);
        OrganisationSearch.Page result = search.search(criteria, CompanyScope.of(request), pageNumber(parameters.get("page")));
        String partner = CurrentUser.actingPartner(request).orElse(null);
        boolean admin = CurrentUser.get().map(u -> u.role() == Role.NETWORK_ADMIN).orElse(false);
        model.addAttribute("companies", new CompanyListView(criteria, result, network.regions(), network.themes(false),
                admin ? network.partners() : List.of(), partner == null ? List.of() : segments.segmentsOf(partner),
                partner != null));
        return "companies/search";
    }

    @PostMapping("/{lang}/office/companies/segments")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
    String saveSegment(@PathVariable String lang, @RequestParam Map<String, String> parameters,
                       HttpServletRequest request, RedirectAttributes redirect) {
        SearchCriteria criteria = SearchCriteria.fromParameters(parameters);
        String partner = CurrentUser.actingPartner(request).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        Long account = CurrentUser.get().map(SignedInUser::accountId).orElse(null);
        switch (segments.save(partner, parameters.get("segmentName"), criteria, account)) {
            case SavedSegments.Saved.Done done -> redirect.addFlashAttribute("notice", "companies.search.segment.saved");
            case SavedSegments.Saved.Refused refused -> {
                redirect.addFlashAttribute("segmentError", refused.messageKey());
                redirect.addFlashAttribute("segmentName", parameters.getOrDefault("segmentName", ""));
            }
        }
        return "redirect:/" + lang + "/office/companies" + CompanyListView.query(criteria.toParameters());
    }

    @GetMapping("/{lang}/office/companies/segments/{segmentId}")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
    String openSegment(@PathVariable String lang, @PathVariable long segmentId, HttpServletRequest request) {
        SearchCriteria criteria = CurrentUser.actingPartner(request)
                .flatMap(partner -> segments.criteriaOf(segmentId, partner))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return "redirect:/" + lang + "/office/companies" + CompanyListView.query(criteria.toParameters());
    }

    @PostMapping("/{lang}/office/companies/segments/{segmentId}/delete")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
    String deleteSegment(@PathVariable String lang, @PathVariable long segmentId, HttpServletRequest request,
                         RedirectAttributes redirect) {
        boolean deleted = CurrentUser.actingPartner(request).map(partner -> segments.delete(segmentId, partner)).orElse(false);
        if (!deleted) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "companies.search.segment.deleted");
        return "redirect:/" + lang + "/office/companies";
    }

    static int pageNumber(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException unreadable) {
            return 1;
        }
    }
}
