package eu.cybersudoe.portal.web;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.search.Search;
import eu.cybersudoe.search.SearchQuery;
import eu.cybersudoe.search.SearchScope;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.shared.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page of the public site, and the same search for partner staff over the back office, where they also
 * find the drafts of their partners (network admins: of every partner). The registry has its own search.
 */
@Controller
class SearchController {

    private final Search search;
    private final Network network;

    SearchController(Search search, Network network) {
        this.search = search;
        this.network = network;
    }

    @GetMapping("/{lang}/search")
    @Access(Access.Audience.PUBLIC)
    String publicSearch(@PathVariable String lang, @RequestParam(defaultValue = "") String q,
                        @RequestParam(required = false) String kind, @RequestParam(required = false) String theme,
                        @RequestParam(required = false) String country, @RequestParam(defaultValue = "1") int page,
                        @ModelAttribute(name = "page", binding = false) PageContext context, Model model) {
        return show("/search", new SearchQuery(q, context.language(), kind, theme, country, page, SearchScope.PUBLIC), context, model);
    }

    @GetMapping("/{lang}/office/search")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
    String staffSearch(@PathVariable String lang, @RequestParam(defaultValue = "") String q,
                       @RequestParam(required = false) String kind, @RequestParam(required = false) String theme,
                       @RequestParam(required = false) String country, @RequestParam(defaultValue = "1") int page,
                       @ModelAttribute(name = "page", binding = false) PageContext context, Model model) {
        SignedInUser user = CurrentUser.get().orElseThrow();
        SearchScope scope = user.has(Role.NETWORK_ADMIN) ? SearchScope.networkAdmin() : SearchScope.staffOf(user.partners());
        return show("/office/search", new SearchQuery(q, context.language(), kind, theme, country, page, scope), context, model);
    }

    private String show(String path, SearchQuery query, PageContext context, Model model) {
        model.addAttribute("search", SearchPage.of(path, query, search.find(query), context, network));
        return "portal/search";
    }
}
