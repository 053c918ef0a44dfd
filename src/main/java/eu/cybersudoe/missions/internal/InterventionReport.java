package eu.cybersudoe.missions.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The intervention report of a mission (MIS-2): the company as it was, its context and tools,
 * its needs by theme, the solutions identified, the recommendations with an action plan, and
 * optionally a draft of specifications (cahier des charges). Stored as JSON text.
 *
 * @param company        the company as the registry knew it when the report was begun
 * @param context        the company's activity and situation
 * @param currentTools   the tools it uses now
 * @param needs          what it needs, by theme code (in the network's theme order)
 * @param solutions      the options identified
 * @param recommendations the advisor's recommendations
 * @param actions        the action plan
 * @param specifications the draft specifications, or null when none was needed
 */
public record InterventionReport(CompanySnapshot company, String context, String currentTools, Map<String, String> needs,
                                 List<SolutionOption> solutions, String recommendations, List<PlannedAction> actions,
                                 Specifications specifications) {

    public InterventionReport {
        needs = needs == null ? Map.of() : new LinkedHashMap<>(needs);
        solutions = solutions == null ? List.of() : List.copyOf(solutions);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** A report begun from the registry's view of the company, with nothing written yet. */
    public static InterventionReport begun(CompanySnapshot company) {
        return new InterventionReport(company, "", "", Map.of(), List.of(), "", List.of(), null);
    }

    /** Whether the advisor may hand it for validation: at least one need, and recommendations. */
    public boolean readyForValidation() {
        return needs.values().stream().anyMatch(text -> text != null && !text.isBlank())
                && recommendations != null && !recommendations.isBlank();
    }

    /** The theme codes with a need written. */
    public List<String> themesWithNeeds() {
        return needs.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank()).map(Map.Entry::getKey).toList();
    }

    /**
     * The company at the time of the report.
     *
     * @param employees      its headcount, or null
     * @param creationYear   the year it was created, or null
     * @param micro          fewer than 10 people
     * @param prioritySector in one of the programme's priority sectors
     * @param youngWomanLed  young and created by a woman
     */
    public record CompanySnapshot(String name, String city, String region, String sizeClass, Integer employees,
                                  Integer creationYear, String sectorTheme, boolean micro, boolean prioritySector,
                                  boolean youngWomanLed) {
    }

    /**
     * An option identified for a need.
     *
     * @param providerId   the solution provider of the registry, or null
     * @param providerName the provider's name, from the registry or typed freely
     * @param cost         the indicative cost, as written
     */
    public record SolutionOption(String title, String theme, String description, String pros, String cons, String cost,
                                 Long providerId, String providerName) {
        public boolean blank() {
            return isBlank(title) && isBlank(description) && isBlank(pros) && isBlank(cons) && isBlank(cost) && isBlank(providerName);
        }
    }

    /**
     * One step of the action plan.
     *
     * @param priority HIGH, MEDIUM or LOW
     * @param when     when it should be done, as written
     */
    public record PlannedAction(String priority, String action, String when) {
        public boolean blank() {
            return isBlank(action) && isBlank(when);
        }
    }

    /** The usual sections of a draft of specifications. */
    public record Specifications(String context, String objectives, String functionalNeeds, String constraints,
                                 String budget, String timeline, String selectionCriteria) {

        public boolean blank() {
            return isBlank(context) && isBlank(objectives) && isBlank(functionalNeeds) && isBlank(constraints)
                    && isBlank(budget) && isBlank(timeline) && isBlank(selectionCriteria);
        }

        /** The sections in order, with the message key of each title. */
        public Map<String, String> sections() {
            Map<String, String> sections = new LinkedHashMap<>();
            sections.put("missions.specs.context", context);
            sections.put("missions.specs.objectives", objectives);
            sections.put("missions.specs.functionalNeeds", functionalNeeds);
            sections.put("missions.specs.constraints", constraints);
            sections.put("missions.specs.budget", budget);
            sections.put("missions.specs.timeline", timeline);
            sections.put("missions.specs.selectionCriteria", selectionCriteria);
            return sections;
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
