package eu.cybersudoe.accounts.web;

import eu.cybersudoe.accounts.InvitationOutcome;
import eu.cybersudoe.accounts.internal.Account;
import eu.cybersudoe.accounts.internal.Invitation;
import eu.cybersudoe.accounts.internal.InvitationService;
import eu.cybersudoe.accounts.internal.PeopleService;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.shared.web.FieldErrors;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * People who work in the network and their invitations: network admins see and invite for
 * every partner, a partner manager for their own partner only.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
class PeopleController {

    private final InvitationService invitations;
    private final PeopleService people;
    private final Network network;
    private final Clock clock;

    PeopleController(InvitationService invitations, PeopleService people, Network network, Clock clock) {
        this.invitations = invitations;
        this.people = people;
        this.network = network;
        this.clock = clock;
    }

    @GetMapping("/{lang}/office/people")
    String list(@PathVariable String lang, @RequestParam(required = false) String partner, Model model) {
        SignedInUser user = user();
        String scope = user.role() == Role.NETWORK_ADMIN ? partner(partner).map(p -> p.id().value()).orElse(null) : user.partnerId();
        Instant now = clock.instant();
        List<PeopleView.Person> persons = people.people(scope).stream().map(this::person).toList();
        List<PeopleView.PendingInvitation> open = invitations.open(scope).stream().map(i -> pending(i, now)).toList();
        model.addAttribute("view", new PeopleView(scope == null ? null : partner(scope).orElse(null), network.partners(), persons, open,
                user.role() == Role.NETWORK_ADMIN));
        return "accounts/people";
    }

    @GetMapping("/{lang}/office/people/invite")
    String inviteForm(@PathVariable String lang, Model model) {
        SignedInUser user = user();
        model.addAttribute("view", inviteView(InvitationForm.empty(user.partnerId(), lang), FieldErrors.NONE));
        return "accounts/invite";
    }

    @PostMapping("/{lang}/office/people/invite")
    String invite(@PathVariable String lang, @Valid @ModelAttribute("form") InvitationForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        Role role = parse(form.role(), binding);
        Language language = Language.fromCode(form.language()).orElse(null);
        if (language == null && !binding.hasFieldErrors("language")) {
            binding.rejectValue("language", "people.invite.error.language");
        }
        if (!binding.hasErrors()) {
            InvitationOutcome outcome = invitations.invite(user(), new InvitationService.Request(form.email(), form.displayName(),
                    role, form.partnerId(), role == Role.CONTROLLER ? form.granted() : List.of(), language));
            if (outcome instanceof InvitationOutcome.Refused refused) {
                binding.rejectValue(refused.field(), refused.messageKey());
            } else {
                redirect.addFlashAttribute("notice", "people.invite.sent");
                return "redirect:/" + lang + "/office/people";
            }
        }
        model.addAttribute("view", inviteView(form, FieldErrors.of(binding)));
        return "accounts/invite";
    }

    @PostMapping("/{lang}/office/people/invitations/{invitationId}/resend")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER}, partnerRows = true)
    String resend(@PathVariable String lang, @PathVariable long invitationId, RedirectAttributes redirect) {
        requireScope(invitationId);
        boolean resent = invitations.resend(invitationId);
        redirect.addFlashAttribute(resent ? "notice" : "refused", resent ? "people.invitation.resent" : "people.invitation.closed");
        return "redirect:/" + lang + "/office/people";
    }

    @PostMapping("/{lang}/office/people/invitations/{invitationId}/revoke")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER}, partnerRows = true)
    String revoke(@PathVariable String lang, @PathVariable long invitationId, RedirectAttributes redirect) {
        requireScope(invitationId);
        boolean revoked = invitations.revoke(invitationId);
        redirect.addFlashAttribute(revoked ? "notice" : "refused", revoked ? "people.invitation.revoked" : "people.invitation.closed");
        return "redirect:/" + lang + "/office/people";
    }

    /** A partner manager acts only on their own partner's invitations; a missing one is refused the same way. */
    private void requireScope(long invitationId) {
        SignedInUser user = user();
        Optional<Invitation> invitation = invitations.find(invitationId);
        if (user.role() != Role.NETWORK_ADMIN
                && invitation.map(i -> !user.partnerId().equals(i.partnerId())).orElse(true)) {
            throw new AccessDeniedException("Invitation " + invitationId + " is not of partner " + user.partnerId());
        }
    }

    private InviteView inviteView(InvitationForm form, FieldErrors errors) {
        SignedInUser user = user();
        boolean admin = user.role() == Role.NETWORK_ADMIN;
        List<Partner> partners = admin ? network.partners() : partner(user.partnerId()).stream().toList();
        return new InviteView(form, errors, invitations.invitableRoles(user), partners, List.of(Language.values()),
                invitations.validity().toDays(), admin);
    }

    private static Role parse(String role, BindingResult binding) {
        try {
            return role == null || role.isBlank() ? null : Role.valueOf(role);
        } catch (IllegalArgumentException unknown) {
            binding.rejectValue("role", "people.invite.error.role");
            return null;
        }
    }

    private PeopleView.Person person(Account account) {
        return new PeopleView.Person(account.id(), account.displayName(), account.email(), "role." + account.role().name(),
                partnerName(account.partnerId()), account.isActive(), people.otherRoles(account.id()).stream()
                .map(held -> new PeopleView.OtherRole("role." + held.role().name(), partnerName(held.partnerId()))).toList());
    }

    private PeopleView.PendingInvitation pending(Invitation invitation, Instant now) {
        return new PeopleView.PendingInvitation(invitation.id(), invitation.displayName(), invitation.email(),
                "role." + invitation.role().name(), partnerName(invitation.partnerId()), "language." + invitation.language().code(),
                day(invitation.sentAt()), day(invitation.expiresAt()), invitation.status(now) == Invitation.Status.EXPIRED);
    }

    private String partnerName(String partnerId) {
        return partnerId == null ? null : partner(partnerId).map(Partner::shortName).orElse(partnerId);
    }

    private Optional<Partner> partner(String partnerId) {
        return network.partnerTyped(partnerId);
    }

    static LocalDate day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static SignedInUser user() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
