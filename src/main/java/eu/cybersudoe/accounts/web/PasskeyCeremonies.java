package eu.cybersudoe.accounts.web;

import eu.cybersudoe.accounts.internal.Passkeys;
import eu.cybersudoe.shared.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The two halves of each passkey ceremony as the browser sees them: the options it asks for
 * (kept in the session until its answer comes back) and the answer checked against them.
 */
@Component
class PasskeyCeremonies {

    private static final String CHALLENGE = PasskeyCeremonies.class.getName() + ".challenge";
    private static final String REQUEST = PasskeyCeremonies.class.getName() + ".request";

    private final Passkeys passkeys;

    PasskeyCeremonies(Passkeys passkeys) {
        this.passkeys = passkeys;
    }

    /** Options to create a passkey for the person, its challenge kept in the session. */
    ResponseEntity<String> creationOptions(SignedInUser person, HttpServletRequest request) {
        Passkeys.Creation creation = passkeys.creationOptions(person.email(), originOf(request));
        request.getSession().setAttribute(CHALLENGE, creation.challenge());
        return json(creation.json());
    }

    /** Keeps the passkey the browser created for the challenge in the session; true when it holds. */
    boolean register(SignedInUser person, String credential, String label, HttpServletRequest request) {
        if (!(request.getSession().getAttribute(CHALLENGE) instanceof Bytes challenge)) {
            return false;
        }
        request.getSession().removeAttribute(CHALLENGE);
        Optional<String> kept = passkeys.register(person.accountId(), person.email(), challenge, credential, label,
                originOf(request), Forms.originOf(request));
        return kept.isPresent();
    }

    /** Options to sign in with one of the person's passkeys, kept in the session. */
    ResponseEntity<String> requestOptions(SignedInUser person, HttpServletRequest request) {
        Passkeys.Request asked = passkeys.requestOptions(person.email(), originOf(request));
        request.getSession().setAttribute(REQUEST, asked.options());
        return json(asked.json());
    }

    /** Whether the browser's answer proves one of the person's passkeys for the options in the session. */
    boolean check(SignedInUser person, String credential, HttpServletRequest request) {
        if (!(request.getSession().getAttribute(REQUEST) instanceof PublicKeyCredentialRequestOptions options)) {
            return false;
        }
        request.getSession().removeAttribute(REQUEST);
        return passkeys.check(person.accountId(), person.email(), options, credential, originOf(request), Forms.originOf(request));
    }

    /** The answer to the browser once a ceremony is over: where to go next, or a refusal. */
    static ResponseEntity<String> outcome(boolean done, String next) {
        return done ? json("{\"next\":\"" + next.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}")
                : ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_JSON).body("{}");
    }

    private static ResponseEntity<String> json(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** The page's origin as the browser states it on every POST. */
    private static String originOf(HttpServletRequest request) {
        return request.getHeader("Origin");
    }
}
