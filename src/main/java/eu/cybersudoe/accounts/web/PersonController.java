package eu.cybersudoe.accounts.web;

import eu.cybersudoe.accounts.internal.Account;
import eu.cybersudoe.accounts.internal.AccountHistory;
import eu.cybersudoe.accounts.internal.PeopleService;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.RoleGrant;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.context.MessageSource;
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

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** A person's page for network admins: history, main role and partner, other roles, other partners, deactivation. */
@Controller
@Access(roles = Role.NETWORK_ADMIN)
class PersonController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final PeopleService people;
    private final Network network;
    private final MessageSource messages;

    PersonController(PeopleService people, Network network, MessageSource messages) {
        this.people = people;
        this.network = network;
        this.messages = messages;
    }

    @GetMapping("/{lang}/office/people/{accountId}")
    String page(@PathVariable String lang, @PathVariable long accountId, Model model) {
        Account account = people.person(accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Language language = Language.fromCode(lang).orElse(Language.DEFAULT);
        List<PersonView.Change> history = people.history(accountId).stream().map(change -> change(change, language)).toList();
        model.addAttribute("view", new PersonView(account.id(), account.displayName(), account.email(), account.role(),
                account.partnerId(), name(account.partnerId()),
                account.deactivatedAt() == null ? null : account.deactivatedAt().atZone(ZoneOffset.UTC).toLocalDate(),
                List.of(Role.values()).stream().filter(r -> r != Role.COMPANY_USER).toList(), network.partners(),
                people.grantedPartners(accountId).stream().map(this::partner).flatMap(Optional::stream).toList(),
                people.otherRoles(accountId).stream()
                        .map(held -> new PersonView.HeldRole(held.key(), describe(held.role(), held.partnerId(), language))).toList(),
                history));
        return "accounts/person";
    }

    @PostMapping("/{lang}/office/people/{accountId}/assign")
    String assign(@PathVariable String lang, @PathVariable long accountId, @RequestParam(defaultValue = "") String role,
                  @RequestParam(defaultValue = "") String partnerId, RedirectAttributes redirect) {
        Role chosen = java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
        return done(lang, accountId, redirect, "person.assign.done", () -> people.assign(user(), accountId, chosen, partnerId));
    }

    @PostMapping("/{lang}/office/people/{accountId}/roles")
    String grantRole(@PathVariable String lang, @PathVariable long accountId, @RequestParam(defaultValue = "") String role,
                     @RequestParam(defaultValue = "") String partnerId, RedirectAttributes redirect) {
        Optional<RoleGrant> grant = java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst()
                .filter(r -> !r.isPartnerStaff() || !partnerId.isBlank())
                .map(r -> new RoleGrant(r, partnerId));
        return done(lang, accountId, redirect, "person.roles.done", () -> people.grantRole(user(), accountId, grant.orElse(null)));
    }

    @PostMapping("/{lang}/office/people/{accountId}/roles/withdraw")
    String withdrawRole(@PathVariable String lang, @PathVariable long accountId, @RequestParam(defaultValue = "") String grant,
                        RedirectAttributes redirect) {
        return done(lang, accountId, redirect, "person.roles.done",
                () -> people.withdrawRole(user(), accountId, RoleGrant.ofKey(grant).orElse(null)));
    }

    @PostMapping("/{lang}/office/people/{accountId}/deactivate")
    String deactivate(@PathVariable String lang, @PathVariable long accountId, RedirectAttributes redirect) {
        return done(lang, accountId, redirect, "person.deactivated", () -> people.deactivate(user(), accountId));
    }

    @PostMapping("/{lang}/office/people/{accountId}/reactivate")
    String reactivate(@PathVariable String lang, @PathVariable long accountId, RedirectAttributes redirect) {
        return done(lang, accountId, redirect, "person.reactivated", () -> people.reactivate(user(), accountId));
    }

    @PostMapping("/{lang}/office/people/{accountId}/grant")
    String grant(@PathVariable String lang, @PathVariable long accountId, @RequestParam(defaultValue = "") String partnerId,
                 RedirectAttributes redirect) {
        return done(lang, accountId, redirect, "person.grant.done", () -> people.grant(user(), accountId, partnerId));
    }

    @PostMapping("/{lang}/office/people/{accountId}/withdraw")
    String withdraw(@PathVariable String lang, @PathVariable long accountId, @RequestParam(defaultValue = "") String partnerId,
                    RedirectAttributes redirect) {
        return done(lang, accountId, redirect, "person.grant.done", () -> people.withdraw(user(), accountId, partnerId));
    }

    private static String done(String lang, long accountId, RedirectAttributes redirect, String changedKey,
                               Supplier<PeopleService.Result> change) {
        redirect.addFlashAttribute("notice", switch (change.get()) {
            case CHANGED -> changedKey;
            case UNCHANGED -> "person.unchanged";
            case INVALID -> "person.invalid";
        });
        return "redirect:/" + lang + "/office/people/" + accountId;
    }

    private PersonView.Change change(AccountHistory.Change change, Language language) {
        String now = describe(change.role(), change.partnerId(), language);
        String before = describe(change.previousRole(), change.previousPartnerId(), language);
        String text = messages.getMessage("person.history." + change.kind().name(), new Object[]{now, before}, language.locale());
        return new PersonView.Change(change.at().atZone(ZoneOffset.UTC).toLocalDate(), TIME.format(change.at().atZone(ZoneOffset.UTC)),
                change.byName() == null ? "" : change.byName(), text);
    }

    /** "Advisor · CIEBI", "Advisor", "CIEBI" or "none". */
    private String describe(Role role, String partnerId, Language language) {
        String partner = name(partnerId);
        String roleName = role == null ? null : messages.getMessage("role." + role.name(), null, language.locale());
        if (roleName == null && partner == null) {
            return messages.getMessage("person.history.nothing", null, language.locale());
        }
        return roleName == null ? partner : partner == null ? roleName : roleName + " · " + partner;
    }

    private String name(String partnerId) {
        return partnerId == null ? null : partner(partnerId).map(Partner::shortName).orElse(partnerId);
    }

    private Optional<Partner> partner(String partnerId) {
        return network.partnerTyped(partnerId);
    }

    private static SignedInUser user() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
