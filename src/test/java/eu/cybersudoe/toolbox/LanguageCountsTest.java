package eu.cybersudoe.toolbox;

import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.toolbox.internal.Actor;
import eu.cybersudoe.toolbox.internal.ReviewChecklist;
import eu.cybersudoe.toolbox.internal.ToolboxService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static eu.cybersudoe.toolbox.ToolboxTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The guides published per language, as the dashboard shows them under the guides' indicator, named in the reader's language. */
@DatabaseTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class LanguageCountsTest {

    @Autowired
    ToolboxService service;
    @Autowired
    ReviewChecklist checklist;
    @Autowired
    Monitoring monitoring;

    @Test
    void theGuidesIndicatorIsBrokenDownPerLanguageOfPublication() {
        Optional<PartnerId> partner = Optional.of(new PartnerId(PORTUGUESE));
        LocalDate today = LocalDate.now();
        Map<String, BigDecimal> before = parts(partner, today);
        Actor author = staffOf(PORTUGUESE);
        Actor reviewer = staffOf(SPANISH);
        long id = guide(service, author, Language.PT, "Guia contado");
        publish(service, checklist, author, reviewer, id, Language.PT);
        service.write(author, id, Language.ES, "Guía contada", "Resumen", "## Sección\n\nTexto.");
        publish(service, checklist, author, reviewer, id, Language.ES);
        service.write(author, id, Language.FR, "Guide en cours", "Résumé", "## Section\n\nTexte.");

        Map<String, BigDecimal> after = parts(partner, today);
        assertThat(after.keySet()).containsExactly("Français", "Español", "Português", "English");
        assertThat(after.get("Português")).isEqualByComparingTo(before.get("Português").add(BigDecimal.ONE));
        assertThat(after.get("Español")).isEqualByComparingTo(before.get("Español").add(BigDecimal.ONE));
        assertThat(after.get("Français")).as("a draft is not published").isEqualByComparingTo(before.get("Français"));
        assertThat(monitoring.breakdown("awareness-videos", today, partner)).hasSize(4);
        assertThat(monitoring.breakdown("project-managers-trained", today, partner)).isEmpty();
    }

    private Map<String, BigDecimal> parts(Optional<PartnerId> partner, LocalDate day) {
        List<IndicatorSource.Part> parts = monitoring.breakdown("methodological-guides", day, partner);
        return parts.stream().collect(Collectors.toMap(p -> p.label().in(Language.PT).text(), IndicatorSource.Part::value,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
