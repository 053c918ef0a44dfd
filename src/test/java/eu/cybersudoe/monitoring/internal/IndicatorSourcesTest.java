package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.monitoring.PartnerTargetRule;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Sources are found as beans; one indicator has one source. */
class IndicatorSourcesTest {

    static final class Conferences implements IndicatorSource {
        @Override
        public Set<String> indicators() {
            return Set.of("conferences-held", "conference-attendances");
        }

        @Override
        public Optional<BigDecimal> measure(String indicator, LocalDate until, Optional<PartnerId> partner) {
            return Optional.of(BigDecimal.ONE);
        }
    }

    static final class Events implements IndicatorSource {
        @Override
        public Set<String> indicators() {
            return Set.of("conferences-held");
        }

        @Override
        public Optional<BigDecimal> measure(String indicator, LocalDate until, Optional<PartnerId> partner) {
            return Optional.of(BigDecimal.TWO);
        }
    }

    @Test
    void findsTheSourceOfEachIndicator() {
        IndicatorSources sources = IndicatorSources.of(List.of(new Conferences()));

        assertThat(sources.sourceOf("conference-attendances")).get().isInstanceOf(Conferences.class);
        assertThat(sources.sourceOf("golden-rules")).isEmpty();
    }

    @Test
    void twoSourcesClaimingOneIndicatorAreRefused() {
        assertThatIllegalStateException()
                .isThrownBy(() -> IndicatorSources.of(List.of(new Conferences(), new Events())))
                .withMessageContaining("conferences-held")
                .withMessageContaining(Conferences.class.getName())
                .withMessageContaining(Events.class.getName());
    }

    @Test
    void aDuplicateClaimStopsStartUp() {
        new ApplicationContextRunner()
                .withBean(IndicatorSources.class)
                .withBean("conferences", IndicatorSource.class, Conferences::new)
                .withBean("events", IndicatorSource.class, Events::new)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("Indicator conferences-held is claimed by two sources");
                });
        new ApplicationContextRunner()
                .withBean(IndicatorSources.class)
                .withBean("conferences", IndicatorSource.class, Conferences::new)
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(IndicatorSources.class));
    }

    @Test
    void aClaimOutsideTheCatalogueIsRefused() {
        IndicatorSources sources = IndicatorSources.of(List.of(new Conferences()));
        Indicator held = indicator("conferences-held");

        assertThatIllegalStateException()
                .isThrownBy(() -> sources.check(Map.of("conferences-held", new IndicatorTable.Row(held, 1, false))))
                .withMessageContaining("conference-attendances");
        sources.check(Map.of("conferences-held", new IndicatorTable.Row(held, 1, false),
                "conference-attendances", new IndicatorTable.Row(indicator("conference-attendances"), 2, true)));
    }

    static Indicator indicator(String code) {
        LocalizedText text = LocalizedText.of(Language.EN, code);
        return new Indicator(code, Indicator.Kind.OUTPUT, Indicator.Unit.COUNT, "GT4", text, text, BigDecimal.TEN, null,
                PartnerTargetRule.none(), false);
    }
}
