package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.reference.ReferenceFile;
import eu.cybersudoe.shared.reference.ReferenceNode;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The practical guide's notes by region for Spain ({@code reference/monitoring/guide-regions.yml}): for
 * the indicators that count companies, which register and statistical classification each Spanish
 * partner's region counts from, as the proposal asks. Read and checked at start.
 */
@Component
public class GuideRegions {

    static final String FILE = "reference/monitoring/guide-regions.yml";

    /** A region's note on some indicators. */
    public record RegionNote(String region, Set<String> indicators, LocalizedText note) {
    }

    private final List<RegionNote> notes;

    GuideRegions() {
        this.notes = read(ReferenceFile.read(FILE, new ClassPathResource(FILE)));
    }

    static List<RegionNote> read(ReferenceFile file) {
        List<RegionNote> read = new ArrayList<>();
        for (ReferenceNode node : file.root().allowOnly("regions").list("regions")) {
            node.allowOnly("region", "indicators", "note");
            LocalizedText note = node.localized("note");
            for (var language : eu.cybersudoe.shared.Language.values()) {
                if (!note.has(language)) {
                    throw node.problem("note", "missing the " + language.code() + " text");
                }
            }
            read.add(new RegionNote(node.text("region"), Set.copyOf(node.texts("indicators")), note));
        }
        return List.copyOf(read);
    }

    /** Every note, in the file's order. */
    public List<RegionNote> all() {
        return notes;
    }

    /** The notes about an indicator, in the file's order. */
    public List<RegionNote> about(String indicator) {
        return notes.stream().filter(n -> n.indicators().contains(indicator)).toList();
    }
}
