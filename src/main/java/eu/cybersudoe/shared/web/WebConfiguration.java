package eu.cybersudoe.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;
import eu.cybersudoe.shared.Language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;

/**
 * Languages in URLs and the message bundles. Each module keeps its own bundle,
 * {@code i18n/<module>_<lang>.properties}; every bundle found on the class path is used.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String BUNDLE_PATTERN = "classpath*:i18n/*_en.properties";

    @Bean
    LocaleResolver localeResolver() {
        return new LanguagePathLocaleResolver();
    }

    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource source = new IcuMessageSource();
        source.setBasenames(bundleBasenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        source.setCacheSeconds(-1);
        return source;
    }

    /** Basenames such as {@code classpath:i18n/portal} for every English bundle on the class path. */
    static String[] bundleBasenames() {
        try {
            Resource[] english = new PathMatchingResourcePatternResolver().getResources(BUNDLE_PATTERN);
            TreeSet<String> names = new TreeSet<>();
            Arrays.stream(english).map(Resource::getFilename)
                    .forEach(file -> names.add("classpath:i18n/" + file.substring(0, file.length() - "_en.properties".length())));
            return names.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the message bundles", e);
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSegmentCheck());
    }

    /** A {@code {lang}} URL segment that is not one of our languages is a page that does not exist. */
    static final class LanguageSegmentCheck implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            if (variables instanceof Map<?, ?> map && map.get("lang") instanceof String lang
                    && Language.fromCode(lang).filter(l -> l.code().equals(lang)).isEmpty()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return true;
        }
    }
}
