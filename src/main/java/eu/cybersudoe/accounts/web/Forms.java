package eu.cybersudoe.accounts.web;

import eu.cybersudoe.accounts.internal.PasswordStrength;
import eu.cybersudoe.accounts.internal.SignInRecords;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.validation.BindingResult;

/** Checks shared by the account forms. */
final class Forms {

    private Forms() {
    }

    static void requireSamePasswords(boolean same, BindingResult binding) {
        if (!same && binding.getTarget() != null && !binding.hasFieldErrors("passwordRepeat")) {
            binding.rejectValue("passwordRepeat", "account.password.mismatch");
        }
    }

    /**
     * Refuses a weak password on the {@code password} field with what makes it weak, unless the
     * field is already refused (too short, missing).
     */
    static void requireStrongPassword(PasswordStrength strength, String password, BindingResult binding, String... ownWords) {
        if (binding.hasFieldErrors("password")) {
            return;
        }
        strength.weaknesses(password, ownWords).forEach(key -> binding.rejectValue("password", key));
    }

    /** The address a request comes from (behind a proxy, as the proxy reported it). */
    static String addressOf(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    /** Where a request comes from, as sign-in records keep it. */
    static SignInRecords.Origin originOf(HttpServletRequest request) {
        return new SignInRecords.Origin(addressOf(request), userAgentOf(request));
    }

    /** The browser's description of itself, as sign-in records keep it. */
    static String userAgentOf(HttpServletRequest request) {
        String agent = request.getHeader(org.springframework.http.HttpHeaders.USER_AGENT);
        return agent == null ? "" : agent.length() > 300 ? agent.substring(0, 300) : agent;
    }
}
