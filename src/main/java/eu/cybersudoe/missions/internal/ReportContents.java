package eu.cybersudoe.missions.internal;

import eu.cybersudoe.diagnostics.DiagnosticResults;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.shared.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link ReportContent}: names the themes and the partner in the reader's language, and
 * adds the company's diagnostics when a {@link DiagnosticResults} bean exists (none otherwise).
 */
@Component
public class ReportContents {

    private final Network network;
    private final ObjectProvider<DiagnosticResults> diagnostics;
    private final MessageSource messages;

    ReportContents(Network network, ObjectProvider<DiagnosticResults> diagnostics, MessageSource messages) {
        this.network = network;
        this.diagnostics = diagnostics;
        this.messages = messages;
    }

    /** Whether the platform can show diagnostics before a mission. */
    public boolean diagnosticsAvailable() {
        return diagnostics.getIfAvailable() != null;
    }

    public ReportContent of(Mission mission, InterventionReport report, Language language) {
        InterventionReport.CompanySnapshot company = report.company();
        List<ReportContent.Line> needs = new ArrayList<>();
        for (Theme theme : network.themes(true)) {
            String text = report.needs().get(theme.code());
            if (text != null && !text.isBlank()) {
                needs.add(new ReportContent.Line(theme.name().in(language).text(), text));
            }
        }
        List<ReportContent.Solution> solutions = report.solutions().stream()
                .map(option -> new ReportContent.Solution(option, themeName(option.theme(), language))).toList();
        String partner = network.partner(new PartnerId(mission.partnerId())).map(Partner::name).orElse(mission.partnerId());
        String heldOn = mission.heldOn() == null ? ""
                : mission.heldOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
        return new ReportContent(mission.id(), language, company == null ? "" : company.name(), partner,
                mission.advisorName() == null ? "" : mission.advisorName(), heldOn,
                mission.actualDays() == null ? BigDecimal.ZERO : mission.actualDays(), facts(company, language),
                report.context(), report.currentTools(), needs, solutions, report.recommendations(), report.actions(),
                report.specifications(), diagnosticsOf(mission, language));
    }

    private List<DiagnosticResults.Summary> diagnosticsOf(Mission mission, Language language) {
        DiagnosticResults results = diagnostics.getIfAvailable();
        if (results == null) {
            return List.of();
        }
        List<DiagnosticResults.Summary> found = new ArrayList<>();
        if (mission.request().assessmentId() != null) {
            results.completed(mission.request().assessmentId(), language).ifPresent(found::add);
        }
        if (mission.company() != null) {
            results.completedBy(mission.company(), language).stream()
                    .filter(s -> found.stream().noneMatch(f -> f.assessmentId() == s.assessmentId())).forEach(found::add);
        }
        return found;
    }

    private List<ReportContent.Line> facts(InterventionReport.CompanySnapshot company, Language language) {
        List<ReportContent.Line> facts = new ArrayList<>();
        if (company == null) {
            return facts;
        }
        add(facts, "missions.profile.name", company.name());
        add(facts, "missions.profile.city", company.city());
        add(facts, "missions.profile.region", company.region() == null ? null
                : network.region(company.region()).map(r -> r.code() + " · " + r.name()).orElse(company.region()));
        add(facts, "missions.profile.size", company.sizeClass() == null ? null
                : messages.getMessage("missions.size." + company.sizeClass(), null, company.sizeClass(), language.locale()));
        add(facts, "missions.profile.employees", company.employees() == null ? null : company.employees().toString());
        add(facts, "missions.profile.created", company.creationYear() == null ? null : company.creationYear().toString());
        add(facts, "missions.profile.sector", company.sectorTheme() == null ? null : themeName(company.sectorTheme(), language));
        List<String> targets = new ArrayList<>();
        if (company.micro()) {
            targets.add(messages.getMessage("missions.target.micro", null, language.locale()));
        }
        if (company.prioritySector()) {
            targets.add(messages.getMessage("missions.target.prioritySector", null, language.locale()));
        }
        if (company.youngWomanLed()) {
            targets.add(messages.getMessage("missions.target.youngWomanLed", null, language.locale()));
        }
        add(facts, "missions.profile.targets", targets.isEmpty() ? null : String.join(", ", targets));
        return facts;
    }

    private static void add(List<ReportContent.Line> facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new ReportContent.Line(key, value));
        }
    }

    public String themeName(String code, Language language) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return network.theme(code).map(t -> t.name().in(language).text()).orElse(code);
    }
}
