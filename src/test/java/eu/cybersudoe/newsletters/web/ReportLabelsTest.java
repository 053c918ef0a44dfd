package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.web.IcuMessageSource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A report's lines are named as people read them, never by a code. */
class ReportLabelsTest {

    static ReportLabels in(Language language) {
        IcuMessageSource messages = new IcuMessageSource();
        messages.setBasenames("classpath:i18n/shared", "classpath:i18n/network", "classpath:i18n/newsletters");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Map<String, String> partners = Map.of("cybermassif", "Cybermassif");
        return new ReportLabels(messages, id -> Optional.ofNullable(partners.get(id)), language);
    }

    @Test
    void languagesCountriesAndPartnersByTheirNames() {
        ReportLabels french = in(Language.FR);
        assertThat(french.of("language", "es")).isEqualTo("Español");
        assertThat(french.of("country", "ES")).isEqualTo("Espagne");
        assertThat(french.of("partner", "cybermassif")).isEqualTo("Cybermassif");
        assertThat(french.of("country", "")).isEqualTo("Inconnu");
        assertThat(in(Language.EN).of("country", "PT")).isEqualTo("Portugal");
    }

    @Test
    void ratesWithTheReadersDecimalSeparator() {
        assertThat(in(Language.FR).rate(12.5)).isEqualTo("12,5");
        assertThat(in(Language.EN).rate(12.5)).isEqualTo("12.5");
        assertThat(in(Language.PT).rate(3.0)).isEqualTo("3");
    }
}
