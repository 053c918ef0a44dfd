package eu.cybersudoe.missions.internal;

import eu.cybersudoe.missions.internal.InterventionReport.PlannedAction;
import eu.cybersudoe.missions.internal.InterventionReport.SolutionOption;
import eu.cybersudoe.missions.internal.InterventionReport.Specifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report form as typed, bound from the request ({@code needs[security]},
 * {@code solutions[0].title}, {@code actions[1].priority}…). Empty rows are dropped when it
 * becomes a report; the form always offers one more empty row of each list.
 */
public class ReportDraft {

    static final int MAX_TEXT = 20_000;
    static final Set<String> PRIORITIES = Set.of("HIGH", "MEDIUM", "LOW");

    private String context = "";
    private String currentTools = "";
    private Map<String, String> needs = new LinkedHashMap<>();
    private List<Option> solutions = new ArrayList<>();
    private String recommendations = "";
    private List<Action> actions = new ArrayList<>();
    private boolean specificationsIncluded;
    private Specs specifications = new Specs();

    /** The form filled from a report, with an empty row at the end of each list. */
    public static ReportDraft of(InterventionReport report) {
        ReportDraft draft = new ReportDraft();
        draft.context = report.context();
        draft.currentTools = report.currentTools();
        draft.needs = new LinkedHashMap<>(report.needs());
        report.solutions().forEach(s -> draft.solutions.add(Option.of(s)));
        draft.solutions.add(new Option());
        draft.recommendations = report.recommendations();
        report.actions().forEach(a -> draft.actions.add(Action.of(a)));
        draft.actions.add(new Action());
        Specifications specs = report.specifications();
        draft.specificationsIncluded = specs != null;
        draft.specifications = specs == null ? new Specs() : Specs.of(specs);
        return draft;
    }

    /** The report these values make, with the company's snapshot kept. */
    InterventionReport toReport(InterventionReport.CompanySnapshot company, RegistryReads registry) {
        Map<String, String> written = new LinkedHashMap<>();
        needs.forEach((theme, text) -> {
            if (theme != null && theme.matches("[a-z0-9-]{1,40}") && text != null && !text.isBlank()) {
                written.put(theme, clip(text));
            }
        });
        List<SolutionOption> options = solutions.stream().filter(o -> o != null).map(o -> o.toOption(registry))
                .filter(o -> !o.blank()).toList();
        List<PlannedAction> plan = actions.stream().filter(a -> a != null).map(Action::toAction).filter(a -> !a.blank()).toList();
        Specifications specs = specificationsIncluded && specifications != null ? specifications.toSpecifications() : null;
        return new InterventionReport(company, clip(context), clip(currentTools), written, options, clip(recommendations), plan, specs);
    }

    static String clip(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
    }

    /** One solution row. */
    public static class Option {
        private String title = "";
        private String theme = "";
        private String description = "";
        private String pros = "";
        private String cons = "";
        private String cost = "";
        private Long providerId;
        private String providerName = "";

        static Option of(SolutionOption s) {
            Option o = new Option();
            o.title = s.title();
            o.theme = s.theme();
            o.description = s.description();
            o.pros = s.pros();
            o.cons = s.cons();
            o.cost = s.cost();
            o.providerId = s.providerId();
            o.providerName = s.providerId() == null ? s.providerName() : "";
            return o;
        }

        SolutionOption toOption(RegistryReads registry) {
            String fromRegistry = providerId == null ? null : registry.providerName(providerId).orElse(null);
            return new SolutionOption(clip(title), clip(theme), clip(description), clip(pros), clip(cons), clip(cost),
                    fromRegistry == null ? null : providerId, fromRegistry != null ? fromRegistry : clip(providerName));
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getTheme() { return theme; }
        public void setTheme(String theme) { this.theme = theme; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getPros() { return pros; }
        public void setPros(String pros) { this.pros = pros; }
        public String getCons() { return cons; }
        public void setCons(String cons) { this.cons = cons; }
        public String getCost() { return cost; }
        public void setCost(String cost) { this.cost = cost; }
        public Long getProviderId() { return providerId; }
        public void setProviderId(Long providerId) { this.providerId = providerId; }
        public String getProviderName() { return providerName; }
        public void setProviderName(String providerName) { this.providerName = providerName; }
    }

    /** One action-plan row. */
    public static class Action {
        private String priority = "MEDIUM";
        private String action = "";
        private String when = "";

        static Action of(PlannedAction a) {
            Action form = new Action();
            form.priority = a.priority();
            form.action = a.action();
            form.when = a.when();
            return form;
        }

        PlannedAction toAction() {
            return new PlannedAction(PRIORITIES.contains(priority) ? priority : "MEDIUM", clip(action), clip(when));
        }

        public String getPriority() { return priority; }
        public void setPriority(String priority) { this.priority = priority; }
        public String getAction() { return action; }
        public void setAction(String action) { this.action = action; }
        public String getWhen() { return when; }
        public void setWhen(String when) { this.when = when; }
    }

    /** The specifications' sections. */
    public static class Specs {
        private String context = "";
        private String objectives = "";
        private String functionalNeeds = "";
        private String constraints = "";
        private String budget = "";
        private String timeline = "";
        private String selectionCriteria = "";

        static Specs of(Specifications s) {
            Specs form = new Specs();
            form.context = s.context();
            form.objectives = s.objectives();
            form.functionalNeeds = s.functionalNeeds();
            form.constraints = s.constraints();
            form.budget = s.budget();
            form.timeline = s.timeline();
            form.selectionCriteria = s.selectionCriteria();
            return form;
        }

        Specifications toSpecifications() {
            return new Specifications(clip(context), clip(objectives), clip(functionalNeeds), clip(constraints), clip(budget),
                    clip(timeline), clip(selectionCriteria));
        }

        public String getContext() { return context; }
        public void setContext(String context) { this.context = context; }
        public String getObjectives() { return objectives; }
        public void setObjectives(String objectives) { this.objectives = objectives; }
        public String getFunctionalNeeds() { return functionalNeeds; }
        public void setFunctionalNeeds(String functionalNeeds) { this.functionalNeeds = functionalNeeds; }
        public String getConstraints() { return constraints; }
        public void setConstraints(String constraints) { this.constraints = constraints; }
        public String getBudget() { return budget; }
        public void setBudget(String budget) { this.budget = budget; }
        public String getTimeline() { return timeline; }
        public void setTimeline(String timeline) { this.timeline = timeline; }
        public String getSelectionCriteria() { return selectionCriteria; }
        public void setSelectionCriteria(String selectionCriteria) { this.selectionCriteria = selectionCriteria; }
    }

    public String getContext() { return context; }
    public void setContext(String context) { this.context = context; }
    public String getCurrentTools() { return currentTools; }
    public void setCurrentTools(String currentTools) { this.currentTools = currentTools; }
    public Map<String, String> getNeeds() { return needs; }
    public void setNeeds(Map<String, String> needs) { this.needs = needs; }
    public List<Option> getSolutions() { return solutions; }
    public void setSolutions(List<Option> solutions) { this.solutions = solutions; }
    public String getRecommendations() { return recommendations; }
    public void setRecommendations(String recommendations) { this.recommendations = recommendations; }
    public List<Action> getActions() { return actions; }
    public void setActions(List<Action> actions) { this.actions = actions; }
    public boolean isSpecificationsIncluded() { return specificationsIncluded; }
    public void setSpecificationsIncluded(boolean specificationsIncluded) { this.specificationsIncluded = specificationsIncluded; }
    public Specs getSpecifications() { return specifications; }
    public void setSpecifications(Specs specifications) { this.specifications = specifications; }
}
