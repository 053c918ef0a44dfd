package eu.cybersudoe.shared.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.List;
import java.util.Set;

/**
 * The page a person can come back to with a plain link. A page shown in answer to a form (a POST)
 * has an address that only takes forms; its language links and alternates point instead at the
 * nearest address above it that answers GET (the form's own page, or the page the action belongs to).
 */
final class GetPages {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private volatile List<PathPattern> patterns;

    GetPages(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    /** The path itself when it answers GET, or the nearest one above it that does. */
    String nearest(String path) {
        String candidate = path;
        while (!answersGet(candidate)) {
            int slash = candidate.lastIndexOf('/');
            if (slash <= 0) {
                return candidate;
            }
            candidate = candidate.substring(0, slash);
        }
        return candidate;
    }

    private boolean answersGet(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return patterns().stream().anyMatch(pattern -> pattern.matches(container));
    }

    private List<PathPattern> patterns() {
        List<PathPattern> known = patterns;
        if (known == null) {
            RequestMappingHandlerMapping mapping = mappings.getIfAvailable();
            known = mapping == null ? List.of() : mapping.getHandlerMethods().keySet().stream()
                    .filter(GetPages::takesGet)
                    .flatMap(info -> info.getPatternValues().stream())
                    .map(PathPatternParser.defaultInstance::parse)
                    .toList();
            patterns = known;
        }
        return known;
    }

    private static boolean takesGet(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.valueOf(HttpMethod.GET.name()));
    }
}
