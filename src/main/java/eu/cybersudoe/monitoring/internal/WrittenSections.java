package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.ReportSection;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every {@link ReportSection} bean, in their order, and the form a written section is kept in with
 * its report (JSON text). A section that fails is left out and logged: the report is still assembled.
 */
@Component
class WrittenSections {

    private static final Logger log = LoggerFactory.getLogger(WrittenSections.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectProvider<ReportSection> sections;

    WrittenSections(ObjectProvider<ReportSection> sections) {
        this.sections = sections;
    }

    /** What every section writes now for a scope, in their order. */
    List<ReportSection.Content> write(Semester semester, Optional<PartnerId> partner, Language language) {
        List<ReportSection.Content> written = new ArrayList<>();
        sections.orderedStream().sorted(Comparator.comparingInt(ReportSection::order)).forEach(section -> {
            try {
                section.write(semester, partner, language).ifPresent(written::add);
            } catch (RuntimeException e) {
                log.error("Report section {} failed for semester {} and {}", section.getClass().getName(), semester.number(),
                        partner.map(PartnerId::value).orElse("the network"), e);
            }
        });
        return written;
    }

    static String kept(ReportSection.Content content) {
        return JSON.writeValueAsString(content);
    }

    static ReportSection.Content read(String kept) {
        return JSON.readValue(kept, ReportSection.Content.class);
    }
}
