package eu.cybersudoe.accounts.web;

import eu.cybersudoe.accounts.internal.SecondFactors;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.shared.web.QrCodes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The set-up of a one-time code, shared by the forced set-up at sign-in and the account page: a
 * secret made once per session and account, shown as a QR code and as text, kept only once the
 * app shows a right code for it.
 */
@Component
public class SecondFactorSetUp {

    private static final String SECRET = SecondFactorSetUp.class.getName() + ".secret.";

    private final SecondFactors factors;

    SecondFactorSetUp(SecondFactors factors) {
        this.factors = factors;
    }

    /**
     * What the set-up page shows.
     *
     * @param action    where its form posts, after the language
     * @param secret    the secret in Base32, grouped by four for typing
     * @param qrCode    the QR code as a data address of a PNG image
     * @param errorKey  why the last code was refused, or null
     */
    public record View(String action, String secret, String qrCode, String errorKey) {

        /** Where the browser asks for a new passkey's options and sends it, after the language. */
        public String passkeyAction() {
            return action.startsWith("/login") ? PasskeySignInController.NEW : AccountPasskeyController.NEW;
        }
    }

    void show(Model model, HttpSession session, SignedInUser user, String action, String errorKey) {
        String secret = secretOf(session, user);
        String qr = "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(factors.appLink(secret, user.email()), 240));
        model.addAttribute("setUp", new View(action, secret.replaceAll("(.{4})(?!$)", "$1 "), qr, errorKey));
    }

    /** Keeps the second factor when the code is right, and returns the recovery codes to show once. */
    Optional<List<String>> confirm(HttpServletRequest request, SignedInUser user, String code) {
        Optional<List<String>> codes = factors.setUp(user.accountId(), secretOf(request.getSession(), user), code,
                Forms.addressOf(request), Forms.userAgentOf(request));
        codes.ifPresent(kept -> request.getSession().removeAttribute(SECRET + user.accountId()));
        return codes;
    }

    private String secretOf(HttpSession session, SignedInUser user) {
        String key = SECRET + user.accountId();
        if (!(session.getAttribute(key) instanceof String secret)) {
            String made = factors.newSecret();
            session.setAttribute(key, made);
            return made;
        }
        return secret;
    }
}
