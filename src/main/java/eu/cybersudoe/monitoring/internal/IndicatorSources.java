package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.IndicatorSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@link IndicatorSource} beans of the application, by the indicator each measures.
 * Sources are found by type in the context, whatever module declares them; two sources
 * claiming the same indicator stop start-up, since the dashboard could not say which is right.
 */
@Component
class IndicatorSources {

    private static final Logger log = LoggerFactory.getLogger(IndicatorSources.class);

    private final Map<String, IndicatorSource> byIndicator;

    @Autowired
    IndicatorSources(ObjectProvider<IndicatorSource> sources) {
        this(sources.orderedStream().toList());
    }

    private IndicatorSources(List<IndicatorSource> sources) {
        Map<String, IndicatorSource> map = new TreeMap<>();
        for (IndicatorSource source : sources) {
            for (String code : source.indicators()) {
                IndicatorSource other = map.putIfAbsent(code, source);
                if (other != null) {
                    throw new IllegalStateException("Indicator " + code + " is claimed by two sources, "
                            + nameOf(other) + " and " + nameOf(source) + ": exactly one source measures an indicator");
                }
            }
        }
        this.byIndicator = Collections.unmodifiableMap(map);
    }

    /** The sources given, checked for duplicate claims. */
    static IndicatorSources of(List<IndicatorSource> sources) {
        return new IndicatorSources(sources);
    }

    /** The source measuring an indicator, if any. */
    Optional<IndicatorSource> sourceOf(String indicator) {
        return Optional.ofNullable(byIndicator.get(indicator));
    }

    /**
     * Checks the claims against the stored catalogue: a code that was never in it is a
     * mistake that stops start-up; a retired one is only logged.
     */
    void check(Map<String, IndicatorTable.Row> catalogue) {
        byIndicator.forEach((code, source) -> {
            IndicatorTable.Row row = catalogue.get(code);
            if (row == null) {
                throw new IllegalStateException("Source " + nameOf(source) + " measures indicator " + code
                        + ", which is not in the indicator catalogue");
            }
            if (row.retired()) {
                log.warn("Source {} measures indicator {}, which is retired from the catalogue", nameOf(source), code);
            }
        });
    }

    static String nameOf(IndicatorSource source) {
        return AopUtils.getTargetClass(source).getName();
    }
}
