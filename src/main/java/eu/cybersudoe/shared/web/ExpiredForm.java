package eu.cybersudoe.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A form sent with a CSRF token the session no longer knows (the session expired, or the token
 * was garbled): shown again as a page that says so and sends what was typed once more with a
 * fresh token. Passwords and files are never put back into a page; such forms are filled again. A form
 * sent from another site (its {@code Origin} is not this one) is not offered again: that would let a forged
 * form through with a single click.
 *
 * @param action     where the form was sent
 * @param fields     the names and values that were sent, without the old token
 * @param resendable whether everything typed can be sent again (no password, no file)
 * @param back       the page the form came from, on this site, or null
 */
public record ExpiredForm(String action, List<Field> fields, boolean resendable, String back) {

    /** The request attribute set when a form is refused for its CSRF token. */
    public static final String ATTRIBUTE = ExpiredForm.class.getName();

    public record Field(String name, String value) {
    }

    static Optional<ExpiredForm> of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) == null) {
            return Optional.empty();
        }
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String action = original instanceof String uri ? uri : LanguagePathLocaleResolver.pathOf(request);
        String origin = request.getHeader("Origin");
        if (origin != null && !"null".equals(origin) && sameSite(origin, request) == null) {
            // Sent from another site: never offer to send it again, which would turn a forged form into one click.
            return Optional.of(new ExpiredForm(null, List.of(), false, null));
        }
        boolean resendable = request.getContentType() == null
                || !request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/");
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (name.equals("_csrf")) {
                continue;
            }
            if (name.toLowerCase(Locale.ROOT).contains("password")) {
                resendable = false;
                continue;
            }
            for (String value : parameter.getValue()) {
                fields.add(new Field(name, value));
            }
        }
        return Optional.of(new ExpiredForm(action, List.copyOf(fields), resendable, sameSite(request.getHeader("Referer"), request)));
    }

    /** The path of an address of this site (a referring page, an origin), or null when it is another site's. */
    private static String sameSite(String referer, HttpServletRequest request) {
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            boolean here = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
            if (!here) {
                return null;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path.startsWith("/") ? path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) : null;
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
