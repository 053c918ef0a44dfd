package eu.cybersudoe.shared.web;

import eu.cybersudoe.shared.security.CurrentUser;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Gives every page its {@link PageContext} under the model name {@code page}. */
@ControllerAdvice
class PageContextAdvice {

    private final MessageSource messages;
    private final GetPages getPages;

    PageContextAdvice(MessageSource messages,
                      @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.messages = messages;
        this.getPages = new GetPages(mappings);
    }

    private static String notice(HttpServletRequest request) {
        java.util.Map<String, ?> flash = org.springframework.web.servlet.support.RequestContextUtils.getInputFlashMap(request);
        return flash != null && flash.get("notice") instanceof String key ? key : null;
    }

    @ModelAttribute("page")
    PageContext page(HttpServletRequest request) {
        String query = request.getQueryString();
        String base = ServletUriComponentsBuilder.fromContextPath(request).replacePath("").replaceQuery(null).toUriString();
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failedUri instanceof String original ? original : LanguagePathLocaleResolver.pathOf(request);
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            // Language links must lead to a page, not to an address that only takes this form.
            String page = getPages.nearest(uri);
            query = page.equals(uri) ? query : null;
            uri = page;
        }
        return new PageContext(LanguagePathLocaleResolver.languageOf(uri, request.getHeader("Accept-Language")),
                LanguagePathLocaleResolver.pathWithinLanguage(uri),
                query == null ? "" : query, base, messages, CurrentUser.get().orElse(null),
                () -> (CsrfToken) request.getAttribute(CsrfToken.class.getName()), notice(request));
    }
}
