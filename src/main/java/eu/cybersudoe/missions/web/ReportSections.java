package eu.cybersudoe.missions.web;

import eu.cybersudoe.missions.internal.ReportDraft;

import java.util.List;
import java.util.stream.Stream;

/**
 * The sections of the report an advisor writes, in the editor's order, each with whether something
 * has been written in it yet: the editor's table of contents and its progress line.
 */
public record ReportSections(List<Section> sections) {

    /** One section: its anchor in the editor, its title key, and whether it holds any text. */
    public record Section(String anchor, String titleKey, boolean filled) {
    }

    static ReportSections of(ReportDraft draft) {
        ReportDraft.Specs specs = draft.getSpecifications();
        return new ReportSections(List.of(
                new Section("report-context", "missions.report.context",
                        written(draft.getContext(), draft.getCurrentTools())),
                new Section("report-needs", "missions.report.needs",
                        written(draft.getNeeds().values().toArray(String[]::new))),
                new Section("report-solutions", "missions.report.solutions",
                        draft.getSolutions().stream().anyMatch(option -> written(option.getTitle(), option.getDescription()))),
                new Section("report-recommendations", "missions.report.recommendations",
                        written(draft.getRecommendations())),
                new Section("report-actions", "missions.report.actions",
                        draft.getActions().stream().anyMatch(action -> written(action.getAction()))),
                new Section("report-specifications", "missions.report.specifications",
                        written(specs.getContext(), specs.getObjectives(), specs.getFunctionalNeeds(),
                                specs.getConstraints(), specs.getBudget(), specs.getTimeline(), specs.getSelectionCriteria()))));
    }

    public long filled() {
        return sections.stream().filter(Section::filled).count();
    }

    public int total() {
        return sections.size();
    }

    private static boolean written(String... texts) {
        return Stream.of(texts).anyMatch(text -> text != null && !text.isBlank());
    }
}
