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
    private final ObjectProvider<OfficeLinks> officeLinks;
    private final ObjectProvider<PartnerNames> partnerNames;
    private final ObjectProvider<AlternateFeeds> alternateFeeds;

    PageContextAdvice(MessageSource messages,
                      @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings,
                      ObjectProvider<OfficeLinks> officeLinks, ObjectProvider<PartnerNames> partnerNames,
                      ObjectProvider<AlternateFeeds> alternateFeeds) {
        this.messages = messages;
        this.getPages = new GetPages(mappings);
        this.officeLinks = officeLinks;
        this.partnerNames = partnerNames;
        this.alternateFeeds = alternateFeeds;
    }

    /** The feeds a list page announces in its head. */
    private java.util.List<AlternateFeed> feeds(eu.cybersudoe.shared.Language language, String within, HttpServletRequest request) {
        AlternateFeeds feeds = alternateFeeds.getIfAvailable();
        return feeds == null || !"GET".equals(request.getMethod()) ? java.util.List.of()
                : feeds.of(language, within, request.getParameterMap());
    }

    /** The back office's menu on staff pages (under /office), for the signed-in person; null elsewhere. */
    private OfficeMenu office(String pathWithinLanguage, HttpServletRequest request) {
        var user = CurrentUser.get().orElse(null);
        boolean officePage = pathWithinLanguage.equals(OfficeMenu.HOME) || pathWithinLanguage.startsWith(OfficeMenu.HOME + "/");
        if (user == null || !officePage || user.role() == eu.cybersudoe.shared.security.Role.COMPANY_USER) {
            return null;
        }
        String acting = CurrentUser.actingPartner(request).orElse(null);
        PartnerNames names = partnerNames.getIfAvailable();
        String name = acting == null ? null : names == null ? acting : names.shortName(acting).orElse(acting);
        return OfficeMenu.of(user.role(), acting, name,
                officeLinks.orderedStream().flatMap(links -> links.officeLinks().stream()).toList());
    }

    /** A message key left by the previous request under this flash attribute, or null. */
    private static String flash(HttpServletRequest request, String name) {
        java.util.Map<String, ?> flash = org.springframework.web.servlet.support.RequestContextUtils.getInputFlashMap(request);
        return flash != null && flash.get(name) instanceof String key ? key : null;
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
        String within = LanguagePathLocaleResolver.pathWithinLanguage(uri);
        var language = LanguagePathLocaleResolver.languageOf(uri, request.getHeader("Accept-Language"));
        return new PageContext(language, within,
                query == null ? "" : query, base, messages, CurrentUser.get().orElse(null),
                () -> (CsrfToken) request.getAttribute(CsrfToken.class.getName()), flash(request, "notice"),
                flash(request, "refused"), office(within, request), feeds(language, within, request));
    }
}
