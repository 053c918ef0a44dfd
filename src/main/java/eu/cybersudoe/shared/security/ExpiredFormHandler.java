package eu.cybersudoe.shared.security;

import eu.cybersudoe.shared.web.ExpiredForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import java.io.IOException;

/**
 * Refusals at the filter level: a form whose CSRF token is missing, expired or garbled is marked so
 * that the error page offers to send it again ({@link ExpiredForm}) instead of speaking of access.
 */
final class ExpiredFormHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        if (denied instanceof CsrfException) {
            request.setAttribute(ExpiredForm.ATTRIBUTE, Boolean.TRUE);
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
