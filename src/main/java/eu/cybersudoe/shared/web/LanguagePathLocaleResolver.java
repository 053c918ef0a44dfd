package eu.cybersudoe.shared.web;

import eu.cybersudoe.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

import java.util.Locale;
import java.util.Optional;

/**
 * The locale of a request is the language in its path ({@code /fr/…}); elsewhere the
 * browser's preferred language among ours. Changing language means changing the URL.
 */
public class LanguagePathLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return languageOf(request).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language is chosen by the URL");
    }

    /** The language of the request's path, or of its Accept-Language header. */
    public static Language languageOf(HttpServletRequest request) {
        return languageOf(pathOf(request), request.getHeader("Accept-Language"));
    }

    /** The language of a path, or of an Accept-Language header when the path has none. */
    public static Language languageOf(String path, String acceptLanguage) {
        return fromPath(path).orElseGet(() -> Language.fromAcceptLanguage(acceptLanguage));
    }

    static Optional<Language> fromPath(String path) {
        if (path == null || path.length() < 3) {
            return Optional.empty();
        }
        String rest = path.substring(1);
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        return first.length() == 2 ? Language.fromCode(first) : Optional.empty();
    }

    static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    /** The path after the language segment ("/" for the language's home). */
    static String pathWithinLanguage(String path) {
        if (fromPath(path).isEmpty()) {
            return path;
        }
        String rest = path.substring(3);
        return rest.isEmpty() ? "/" : rest;
    }
}
