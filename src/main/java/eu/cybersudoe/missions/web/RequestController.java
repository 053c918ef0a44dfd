package eu.cybersudoe.missions.web;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.missions.internal.Actor;
import eu.cybersudoe.missions.internal.Mission;
import eu.cybersudoe.missions.internal.MissionOrigin;
import eu.cybersudoe.missions.internal.MissionService;
import eu.cybersudoe.missions.internal.RegistryReads;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.FieldErrors;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.List;

/**
 * Partner staff enter a request for a company of the registry (from the company's page or the
 * missions list), possibly one met at a conference. The request goes to the partner answering
 * for the company's region, which may be another one.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
class RequestController {

    static final int COMPANIES_LISTED = 50;

    private final MissionService missions;
    private final RegistryReads registry;
    private final CompanyRegistry companies;
    private final Network network;
    private final Clock clock;

    RequestController(MissionService missions, RegistryReads registry, CompanyRegistry companies, Network network, Clock clock) {
        this.missions = missions;
        this.registry = registry;
        this.companies = companies;
        this.network = network;
        this.clock = clock;
    }

    @GetMapping("/{lang}/office/missions/new")
    String form(@PathVariable String lang, @RequestParam(required = false) Long company, @RequestParam(required = false) String q,
                HttpServletRequest request, Model model) {
        RequestForm form = new RequestForm();
        form.setCompanyId(company);
        return form(model, form, q, request, MissionScope.language(lang), FieldErrors.NONE);
    }

    @PostMapping("/{lang}/office/missions/new")
    String create(@PathVariable String lang, @ModelAttribute("form") RequestForm form, BindingResult binding,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        String partner = MissionScope.actingPartner(request);
        Language language = MissionScope.language(lang);
        if (form.getCompanyId() != null && !visible(new CompanyId(form.getCompanyId()), partner)) {
            binding.rejectValue("companyId", "missions.form.company.missing");
        }
        if (form.getConferenceId() != null && MissionOrigin.CONFERENCE.name().equals(form.getOrigin())
                && !registry.conferenceOf(form.getConferenceId(), partner)) {
            binding.rejectValue("conferenceId", "missions.form.conference.missing");
        }
        Language partnerLanguage = network.partner(new PartnerId(partner)).map(p -> p.country().language()).orElse(language);
        Mission.Request typed = form.request(binding, clock.instant(), partnerLanguage);
        if (typed == null) {
            return form(model, form, null, request, language, FieldErrors.of(binding));
        }
        Mission mission = missions.request(new CompanyId(form.getCompanyId()), typed, Actor.of(MissionScope.user()));
        boolean ours = MissionScope.user().role() == Role.NETWORK_ADMIN || mission.belongsTo(partner);
        redirect.addFlashAttribute("notice", ours ? "missions.notice.requested" : "missions.notice.requestedElsewhere");
        return "redirect:/" + lang + "/office/missions" + (ours ? "/" + mission.id() : "");
    }

    /** Whether the person may name this company: any for a network admin, else one their partner knows. */
    private boolean visible(CompanyId company, String partner) {
        boolean admin = MissionScope.user().role() == Role.NETWORK_ADMIN;
        return companies.find(company).isPresent() && (admin || companies.knownBy(company, partner));
    }

    private String form(Model model, RequestForm form, String query, HttpServletRequest request, Language language, FieldErrors errors) {
        String partner = MissionScope.actingPartner(request);
        boolean admin = MissionScope.user().role() == Role.NETWORK_ADMIN;
        List<RegistryReads.Named> found = new java.util.ArrayList<>(
                registry.companies(admin ? null : partner, query, COMPANIES_LISTED));
        if (form.getCompanyId() != null && found.stream().noneMatch(n -> n.id() == form.getCompanyId())
                && visible(new CompanyId(form.getCompanyId()), partner)) {
            companies.find(new CompanyId(form.getCompanyId()))
                    .ifPresent(c -> found.addFirst(new RegistryReads.Named(c.id().value(), c.legalName(), null)));
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("query", query == null ? "" : query);
        model.addAttribute("companies", found);
        model.addAttribute("conferences", registry.conferences(partner, language, COMPANIES_LISTED));
        model.addAttribute("themes", network.themes(false));
        model.addAttribute("languages", Language.values());
        return "missions/new";
    }
}
