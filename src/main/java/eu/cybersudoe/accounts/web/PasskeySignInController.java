package eu.cybersudoe.accounts.web;

import eu.cybersudoe.accounts.internal.Passkeys;
import eu.cybersudoe.accounts.internal.SecondFactors;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.PendingSignIn;
import eu.cybersudoe.shared.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Optional;

/**
 * A passkey as the second step of signing in, once the password was right: created at the forced
 * set-up instead of a one-time code, or used in place of the code. Nobody is signed in before.
 */
@Controller
@Access(Access.Audience.ANONYMOUS)
class PasskeySignInController {

    static final String NEW = "/login/passkey/new";

    private final SecondFactors factors;
    private final Passkeys passkeys;
    private final PasskeyCeremonies ceremonies;

    PasskeySignInController(SecondFactors factors, Passkeys passkeys, PasskeyCeremonies ceremonies) {
        this.factors = factors;
        this.passkeys = passkeys;
        this.ceremonies = ceremonies;
    }

    @PostMapping("/{lang}" + NEW + "/options")
    ResponseEntity<String> creationOptions(@PathVariable String lang, HttpServletRequest request) {
        return settingUp(request).map(person -> ceremonies.creationOptions(person, request)).orElseGet(PasskeySignInController::nothingWaits);
    }

    @PostMapping("/{lang}" + NEW)
    ResponseEntity<String> create(@PathVariable String lang, @RequestParam(defaultValue = "") String credential,
                                  @RequestParam(defaultValue = "") String label, HttpServletRequest request, HttpServletResponse response) {
        Optional<SignedInUser> person = settingUp(request);
        if (person.isEmpty()) {
            return nothingWaits();
        }
        boolean kept = ceremonies.register(person.get(), credential, label, request);
        return PasskeyCeremonies.outcome(kept, kept ? PendingSignIn.complete(request, response) : "");
    }

    @PostMapping("/{lang}/login/passkey/options")
    ResponseEntity<String> requestOptions(@PathVariable String lang, HttpServletRequest request) {
        return PendingSignIn.of(request).filter(person -> passkeys.any(person.email()))
                .map(person -> ceremonies.requestOptions(person, request)).orElseGet(PasskeySignInController::nothingWaits);
    }

    @PostMapping("/{lang}/login/passkey")
    ResponseEntity<String> signIn(@PathVariable String lang, @RequestParam(defaultValue = "") String credential,
                                  HttpServletRequest request, HttpServletResponse response) {
        Optional<SignedInUser> person = PendingSignIn.of(request);
        if (person.isEmpty()) {
            return nothingWaits();
        }
        boolean proven = ceremonies.check(person.get(), credential, request);
        return PasskeyCeremonies.outcome(proven, proven ? PendingSignIn.complete(request, response) : "");
    }

    /** The person whose password was right and who has no second factor yet. */
    private Optional<SignedInUser> settingUp(HttpServletRequest request) {
        return PendingSignIn.of(request).filter(person -> !factors.hasOne(person.accountId()));
    }

    private static ResponseEntity<String> nothingWaits() {
        return ResponseEntity.status(HttpStatus.CONFLICT).build();
    }
}
