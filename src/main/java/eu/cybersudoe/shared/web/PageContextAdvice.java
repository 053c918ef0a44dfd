package eu.cybersudoe.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Gives every page its {@link PageContext} under the model name {@code page}. */
@ControllerAdvice
class PageContextAdvice {

    private final MessageSource messages;

    PageContextAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("page")
    PageContext page(HttpServletRequest request) {
        String query = request.getQueryString();
        String base = ServletUriComponentsBuilder.fromContextPath(request).replacePath("").replaceQuery(null).toUriString();
        return new PageContext(LanguagePathLocaleResolver.languageOf(request),
                LanguagePathLocaleResolver.pathWithinLanguage(request),
                query == null ? "" : query, base, messages);
    }
}
