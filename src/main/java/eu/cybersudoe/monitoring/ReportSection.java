package eu.cybersudoe.monitoring;

import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.shared.Language;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A section of a semester's progress report that a module writes from its own data (MON-1, MON-4
 * technical part): its conferences, missions or newsletter issues of the semester, the frozen
 * indicators… A module implements this interface as a Spring bean; monitoring finds every such bean,
 * asks each one when the lead partner assembles the report and keeps what they wrote with the
 * report, so that an approved report never changes. Monitoring never names the modules.
 * <p>
 * A section reads only its module's own tables and writes its texts in the language asked, from
 * its module's message bundle.
 */
public interface ReportSection {

    /** Where the section stands among the others, lower first. */
    int order();

    /**
     * The section for a semester, in a language.
     *
     * @param semester the semester reported on (its first and last day)
     * @param partner  the partner whose part it completes, or empty for the whole network
     * @param language the report's language
     * @return empty when the module has nothing to report for that scope
     */
    Optional<Content> write(Semester semester, Optional<PartnerId> partner, Language language);

    /**
     * What a section says: a title, a summary and a table (a header and rows of plain text; no
     * header for no table).
     */
    record Content(String title, String summary, List<String> header, List<List<String>> rows) {

        public Content {
            Objects.requireNonNull(title, "title");
            summary = summary == null ? "" : summary;
            header = List.copyOf(header);
            rows = rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList()).toList();
            int columns = header.size();
            if (rows.stream().anyMatch(row -> row.size() != columns)) {
                throw new IllegalArgumentException("Every row has as many cells as the header");
            }
        }

        /** Whether the section has a table. */
        public boolean hasTable() {
            return !header.isEmpty();
        }
    }
}
