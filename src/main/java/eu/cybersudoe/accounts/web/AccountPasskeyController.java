package eu.cybersudoe.accounts.web;

import eu.cybersudoe.accounts.internal.Passkeys;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Passkeys added and removed by their owner from the account page (another's passkey is not found); each change recorded. */
@Controller
@Access(Access.Audience.SIGNED_IN)
class AccountPasskeyController {

    static final String NEW = "/account/passkeys/new";

    private final Passkeys passkeys;
    private final PasskeyCeremonies ceremonies;

    AccountPasskeyController(Passkeys passkeys, PasskeyCeremonies ceremonies) {
        this.passkeys = passkeys;
        this.ceremonies = ceremonies;
    }

    @PostMapping("/{lang}" + NEW + "/options")
    ResponseEntity<String> creationOptions(@PathVariable String lang, HttpServletRequest request) {
        return ceremonies.creationOptions(me(), request);
    }

    @PostMapping("/{lang}" + NEW)
    ResponseEntity<String> create(@PathVariable String lang, @RequestParam(defaultValue = "") String credential,
                                  @RequestParam(defaultValue = "") String label, HttpServletRequest request) {
        return PasskeyCeremonies.outcome(ceremonies.register(me(), credential, label, request), "/" + lang + "/account");
    }

    @PostMapping("/{lang}/account/passkeys/remove")
    String remove(@PathVariable String lang, @RequestParam(defaultValue = "") String id, HttpServletRequest request,
                  RedirectAttributes redirect) {
        SignedInUser me = me();
        if (!passkeys.remove(me.accountId(), me.email(), id, null, Forms.originOf(request))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "signin.passkey.removed");
        return "redirect:/" + lang + "/account";
    }

    private static SignedInUser me() {
        return CurrentUser.get().orElseThrow();
    }
}
