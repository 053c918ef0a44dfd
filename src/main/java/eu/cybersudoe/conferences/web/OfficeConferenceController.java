package eu.cybersudoe.conferences.web;

import eu.cybersudoe.conferences.internal.Conference;
import eu.cybersudoe.conferences.internal.ConferenceDetails;
import eu.cybersudoe.conferences.internal.ConferenceIndicators;
import eu.cybersudoe.conferences.internal.ConferenceOffice;
import eu.cybersudoe.conferences.internal.ConferenceOrganisers;
import eu.cybersudoe.conferences.internal.ConferencePage;
import eu.cybersudoe.conferences.internal.ConferenceStore;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import java.util.List;
import java.util.Map;
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


/**
 * The organisers' pages: the list of the partner's conferences, the form to draft or change one,
 * and its page with the actions (publish, cancel, close), the registrations and the ratings.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
class OfficeConferenceController {

    private static final int PAGE_SIZE = 25;

    private final ConferenceStore conferences;
    private final ConferenceOffice office;
    private final ConferenceScope scope;
    private final ConferenceViews views;
    private final Network network;
    private final ConferenceIndicators indicators;
    private final OfficePageModel pageModel;
    private final ConferenceFormPage formPage;
    private final eu.cybersudoe.conferences.internal.Proposals proposals;
    private final ConferenceOrganisers organisers;

    OfficeConferenceController(ConferenceStore conferences, ConferenceOffice office, ConferenceScope scope, ConferenceViews views,
                               Network network, ConferenceIndicators indicators, OfficePageModel pageModel,
                               ConferenceFormPage formPage, eu.cybersudoe.conferences.internal.Proposals proposals,
                               ConferenceOrganisers organisers) {
        this.organisers = organisers;
        this.proposals = proposals;
        this.conferences = conferences;
        this.office = office;
        this.scope = scope;
        this.views = views;
        this.network = network;
        this.indicators = indicators;
        this.pageModel = pageModel;
        this.formPage = formPage;
    }

    @GetMapping("/{lang}/office/conferences")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
    String list(@PathVariable String lang, @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        Language language = language(lang);
        ConferencePage found = conferences.office(ConferenceScope.listedPartner(request), page, PAGE_SIZE);
        model.addAttribute("conferences", views.of(found.conferences(), language));
        model.addAttribute("result", found);
        model.addAttribute("companies", indicators.companiesPresent(found.conferences().stream().map(Conference::id).toList()));
        model.addAttribute("expected", ConferenceIndicators.EXPECTED_COMPANIES);
        model.addAttribute("perTheme", indicators.heldPerTheme(ConferenceScope.listedPartner(request)).entrySet().stream()
                .map(e -> java.util.Map.entry(network.theme(e.getKey()).map(t -> t.name().in(language).text()).orElse(e.getKey()),
                        e.getValue())).toList());
        model.addAttribute("toReassign", !ConferenceScope.managesPartner() ? List.of()
                : organisers.toReassign(ConferenceScope.listedPartner(request)).stream()
                .flatMap(departed -> conferences.find(departed.conferenceId()).stream()
                        .map(conference -> Map.entry(views.of(conference, language), departed.organiserName())))
                .toList());
        return "conferences/office-list";
    }

    @GetMapping("/{lang}/office/conferences/new")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
    String newForm(@PathVariable String lang, HttpServletRequest request, Model model) {
        Partner partner = partner(ConferenceScope.actingPartner(request));
        return form(model, null, ConferenceForm.empty(language(lang), partner.country()), FieldErrors.NONE);
    }

    @PostMapping("/{lang}/office/conferences/new")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
    String create(@PathVariable String lang, @ModelAttribute("form") ConferenceForm form, BindingResult binding,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        String partner = ConferenceScope.actingPartner(request);
        ConferenceDetails details = form.details(network, partner, binding);
        if (details == null) {
            return form(model, null, form, FieldErrors.of(binding));
        }
        long id = office.create(partner, details);
        CurrentUser.get().ifPresent(user -> organisers.name(id, user.accountId(), user.displayName()));
        redirect.addFlashAttribute("notice", "conferences.office.created");
        return "redirect:/" + lang + "/office/conferences/" + id;
    }

    @GetMapping("/{lang}/office/conferences/{conferenceId}")
    String show(@PathVariable String lang, @PathVariable long conferenceId, HttpServletRequest request, Model model) {
        Conference conference = scope.require(conferenceId, request);
        Language language = language(lang);
        return pageModel.fill(model, conference, language, new RegistrationForm(language), FieldErrors.NONE);
    }

    @GetMapping("/{lang}/office/conferences/{conferenceId}/edit")
    String editForm(@PathVariable String lang, @PathVariable long conferenceId, HttpServletRequest request, Model model) {
        Conference conference = scope.require(conferenceId, request);
        return form(model, conferenceId, ConferenceForm.of(conference), FieldErrors.NONE);
    }

    @PostMapping("/{lang}/office/conferences/{conferenceId}/edit")
    String update(@PathVariable String lang, @PathVariable long conferenceId, @ModelAttribute("form") ConferenceForm form,
                  BindingResult binding, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Conference conference = scope.require(conferenceId, request);
        ConferenceDetails details = form.details(network, conference.partnerId(), binding);
        if (details != null && !office.update(conferenceId, details)) {
            binding.rejectValue("capacity", "conferences.form.capacity.belowConfirmed");
        }
        if (binding.hasErrors()) {
            return form(model, conferenceId, form, FieldErrors.of(binding));
        }
        redirect.addFlashAttribute("notice", "conferences.office.updated");
        return "redirect:/" + lang + "/office/conferences/" + conferenceId;
    }

    @PostMapping("/{lang}/office/conferences/{conferenceId}/publish")
    String publish(@PathVariable String lang, @PathVariable long conferenceId, HttpServletRequest request, RedirectAttributes redirect) {
        return act(lang, conferenceId, request, redirect, office::publish, "conferences.office.published");
    }

    @PostMapping("/{lang}/office/conferences/{conferenceId}/cancel")
    String cancel(@PathVariable String lang, @PathVariable long conferenceId, HttpServletRequest request, RedirectAttributes redirect) {
        return act(lang, conferenceId, request, redirect, office::cancel, "conferences.office.cancelled");
    }

    @PostMapping("/{lang}/office/conferences/{conferenceId}/close")
    String close(@PathVariable String lang, @PathVariable long conferenceId, HttpServletRequest request, RedirectAttributes redirect) {
        return act(lang, conferenceId, request, redirect, office::close, "conferences.office.closed");
    }

    /** A manager hands the conference to another of the partner's staff (its organiser left, or changed tasks). */
    @PostMapping("/{lang}/office/conferences/{conferenceId}/organiser")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER}, partnerRows = true)
    String reassign(@PathVariable String lang, @PathVariable long conferenceId, @RequestParam(defaultValue = "0") long accountId,
                    HttpServletRequest request, RedirectAttributes redirect) {
        Conference conference = scope.require(conferenceId, request);
        boolean done = organisers.reassign(conference, accountId);
        redirect.addFlashAttribute(done ? "notice" : "refused", done ? "conferences.organiser.changed" : "conferences.organiser.invalid");
        return "redirect:/" + lang + "/office/conferences/" + conferenceId;
    }

    /** The sponsoring partner refuses an associated structure's proposal; the reason is mailed to the proposer. */
    @PostMapping("/{lang}/office/conferences/{conferenceId}/refuse")
    String refuse(@PathVariable String lang, @PathVariable long conferenceId, @RequestParam(defaultValue = "") String reason,
                  HttpServletRequest request, RedirectAttributes redirect) {
        return act(lang, conferenceId, request, redirect, id -> proposals.refuse(id, reason), "proposals.refused");
    }

    /** Runs one of the status changes on a conference the person may manage, and says how it went. */
    private String act(String lang, long conferenceId, HttpServletRequest request, RedirectAttributes redirect,
                       java.util.function.LongPredicate change, String doneNotice) {
        scope.require(conferenceId, request);
        boolean done = change.test(conferenceId);
        redirect.addFlashAttribute(done ? "notice" : "refused", done ? doneNotice : "conferences.office.notNow");
        return "redirect:/" + lang + "/office/conferences/" + conferenceId;
    }

    private String form(Model model, Long conferenceId, ConferenceForm form, FieldErrors errors) {
        return formPage.fill(model, conferenceId, form, errors, null);
    }

    private Partner partner(String id) {
        return network.partner(new PartnerId(id)).orElseThrow();
    }

    static Language language(String lang) {
        return Language.fromCode(lang).orElse(Language.DEFAULT);
    }
}
