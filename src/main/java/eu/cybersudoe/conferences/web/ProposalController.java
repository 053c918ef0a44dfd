package eu.cybersudoe.conferences.web;

import eu.cybersudoe.companies.AssociatedStructures;
import eu.cybersudoe.conferences.internal.ConferenceDetails;
import eu.cybersudoe.conferences.internal.Proposals;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.FieldErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Optional;

/**
 * An associated structure proposes its own events for the agenda: each is a draft of the partner
 * that sponsors it, published once that partner's staff have reviewed it.
 */
@Controller
@Access(roles = Role.ASSOCIATED_STRUCTURE)
class ProposalController {

    static final String NEW = "/office/proposals/new";

    private final Proposals proposals;
    private final AssociatedStructures structures;
    private final ConferenceFormPage formPage;
    private final ConferenceViews views;
    private final Network network;

    ProposalController(Proposals proposals, AssociatedStructures structures, ConferenceFormPage formPage, ConferenceViews views,
                       Network network) {
        this.proposals = proposals;
        this.structures = structures;
        this.formPage = formPage;
        this.views = views;
        this.network = network;
    }

    @GetMapping("/{lang}/office/proposals")
    String list(@PathVariable String lang, Model model) {
        Optional<AssociatedStructures.Membership> found = membership();
        if (found.isEmpty()) {
            model.addAttribute("messageKey", "proposals.noStructure");
            return "accounts/notice";
        }
        AssociatedStructures.Membership membership = found.get();
        model.addAttribute("structure", membership.structureName());
        model.addAttribute("sponsor", network.partnerTyped(membership.sponsorPartnerId()).map(Partner::name).orElse(""));
        java.util.List<eu.cybersudoe.conferences.internal.Conference> proposed = proposals.of(membership);
        model.addAttribute("proposals", views.of(proposed, language(lang)));
        java.util.Map<Long, String> refusals = new java.util.HashMap<>();
        proposed.forEach(conference -> proposals.refusal(conference.id()).ifPresent(reason -> refusals.put(conference.id(), reason)));
        model.addAttribute("refusals", refusals);
        return "conferences/proposals";
    }

    @GetMapping("/{lang}/office/proposals/new")
    String newForm(@PathVariable String lang, Model model) {
        if (membership().isEmpty()) {
            return "redirect:/" + lang + "/office/proposals";
        }
        Country country = network.partnerTyped(membership().get().sponsorPartnerId()).map(Partner::country).orElse(Country.FR);
        return formPage.fill(model, null, ConferenceForm.empty(language(lang), country), FieldErrors.NONE, NEW);
    }

    @PostMapping("/{lang}/office/proposals/new")
    String propose(@PathVariable String lang, @ModelAttribute("form") ConferenceForm form, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        Optional<AssociatedStructures.Membership> found = membership();
        if (found.isEmpty()) {
            return "redirect:/" + lang + "/office/proposals";
        }
        AssociatedStructures.Membership membership = found.get();
        ConferenceDetails details = form.details(network, membership.sponsorPartnerId(), binding);
        if (details == null) {
            return formPage.fill(model, null, form, FieldErrors.of(binding), NEW);
        }
        proposals.propose(membership, CurrentUser.get().orElseThrow().accountId(), details);
        redirect.addFlashAttribute("notice", "proposals.sent");
        return "redirect:/" + lang + "/office/proposals";
    }

    /** The signed-in member's structure; none while their account is not linked to an associated one. */
    private Optional<AssociatedStructures.Membership> membership() {
        return structures.membershipOf(CurrentUser.get().orElseThrow().accountId());
    }

    private static Language language(String lang) {
        return Language.fromCode(lang).orElse(Language.DEFAULT);
    }
}
