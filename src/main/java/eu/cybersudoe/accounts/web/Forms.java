package eu.cybersudoe.accounts.web;

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

    /** The address a request comes from (behind a proxy, as the proxy reported it). */
    static String addressOf(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
