package eu.cybersudoe.shared.web;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Templates are rendered whole into memory before the first byte is sent. A page may still
 * change the response while it renders — a form asking for the CSRF token creates the session
 * and its cookie — and a failing template becomes an error page instead of a cut one.
 */
@Configuration(proxyBeanMethods = false)
class WholePageViews {

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine templates, JteProperties properties) {
        return new Resolver(templates, properties);
    }

    static final class Resolver extends JteViewResolver {
        private final TemplateEngine templates;

        Resolver(TemplateEngine templates, JteProperties properties) {
            super(templates, properties);
            this.templates = templates;
        }

        @Override
        protected AbstractUrlBasedView instantiateView() {
            return new WholePage(templates);
        }
    }

    static final class WholePage extends JteView {
        private final TemplateEngine templates;

        WholePage(TemplateEngine templates) {
            super(templates);
            this.templates = templates;
        }

        @Override
        protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
                                                 HttpServletResponse response) throws Exception {
            Utf8ByteOutput output = new Utf8ByteOutput();
            templates.render(getUrl(), model, output);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(output.getContentLength());
            output.writeTo(response.getOutputStream());
        }
    }
}
