package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.ProgressReports;
import eu.cybersudoe.monitoring.ProgressReports.Part;
import eu.cybersudoe.monitoring.ProgressReports.Report;
import eu.cybersudoe.monitoring.ReportSection;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.network.WorkPackage;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.documents.Outline;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outlines of the progress reports, in the language chosen: the project report of a semester
 * (each partner's submitted part and sections, then the network's sections) and one partner's part.
 * The same outline is written as a tagged PDF and as a DOCX by the document skeleton.
 */
@Component
class ProgressReportDocuments {

    private final ProgressReports reports;
    private final ObjectProvider<Network> network;
    private final MessageSource messages;

    ProgressReportDocuments(ProgressReports reports, ObjectProvider<Network> network, MessageSource messages) {
        this.reports = reports;
        this.network = network;
        this.messages = messages;
    }

    /** The project report of a semester. */
    Outline project(Semester semester, Language language) {
        Outline.Builder outline = Outline.of(language, t(language, "monitoring.report.document.title", semester.number(),
                date(semester.start(), language), date(semester.end(), language)));
        Optional<Report> report = reports.report(semester.number());
        report.ifPresent(r -> outline.line(t(language, "monitoring.report.document.assembled", r.assembledByName(),
                instant(r.assembledAt(), language))));
        outline.line(approval(report, language));
        List<Part> parts = reports.parts(semester.number());
        for (Partner partner : network.getObject().partners()) {
            outline.section(partner.name());
            Optional<Part> part = parts.stream().filter(p -> p.partner().equals(partner.id()) && p.submitted()).findFirst();
            if (part.isPresent()) {
                partText(outline, part.get(), language, false);
            } else {
                outline.text(t(language, "monitoring.report.document.noPart"));
            }
            sections(outline, reports.sections(semester.number(), Optional.of(partner.id()), language), false);
        }
        List<ReportSection.Content> networkSections = reports.sections(semester.number(), Optional.empty(), language);
        if (!networkSections.isEmpty()) {
            outline.section(t(language, "monitoring.report.document.network"));
            sections(outline, networkSections, false);
        }
        return outline.build();
    }

    /** One partner's part of a semester, with its sections. */
    Outline part(Semester semester, Partner partner, Part part, Language language) {
        Outline.Builder outline = Outline.of(language, t(language, "monitoring.report.document.partTitle", partner.name(),
                semester.number()));
        outline.line(t(language, "monitoring.report.document.period", date(semester.start(), language), date(semester.end(), language)));
        outline.line(t(language, part.submitted() ? "monitoring.report.document.submitted" : "monitoring.report.document.draft",
                part.updatedByName(), instant(part.updatedAt(), language)));
        partText(outline, part, language, true);
        sections(outline, reports.sections(semester.number(), Optional.of(partner.id()), language), true);
        return outline.build();
    }

    /** The rows of the progress table: each work package with the progress written for it. */
    List<List<String>> progressRows(Part part, Language language) {
        List<List<String>> rows = new ArrayList<>();
        for (WorkPackage workPackage : network.getObject().workPackages()) {
            String progress = part.progress().get(workPackage.code());
            if (progress != null) {
                rows.add(List.of(workPackage.code() + " – " + workPackage.title().in(language).text(), progress));
            }
        }
        return rows;
    }

    private void partText(Outline.Builder outline, Part part, Language language, boolean top) {
        List<List<String>> progress = progressRows(part, language);
        if (!progress.isEmpty()) {
            heading(outline, top, t(language, "monitoring.report.progress"));
            outline.table(List.of(t(language, "monitoring.report.workPackage"), t(language, "monitoring.report.progressColumn")),
                    List.of(1, 3), progress);
        }
        titled(outline, top, t(language, "monitoring.report.deviations"), part.deviations());
        titled(outline, top, t(language, "monitoring.report.problems"), part.problems());
        titled(outline, top, t(language, "monitoring.report.nextSteps"), part.nextSteps());
    }

    private static void sections(Outline.Builder outline, List<ReportSection.Content> sections, boolean top) {
        for (ReportSection.Content section : sections) {
            heading(outline, top, section.title());
            outline.text(section.summary());
            if (section.hasTable() && !section.rows().isEmpty()) {
                outline.table(section.header(), section.header().stream().map(h -> 1).toList(), section.rows());
            }
        }
    }

    private static void titled(Outline.Builder outline, boolean top, String heading, String text) {
        if (text != null && !text.isBlank()) {
            heading(outline, top, heading);
            outline.text(text);
        }
    }

    private static void heading(Outline.Builder outline, boolean top, String text) {
        if (top) {
            outline.section(text);
        } else {
            outline.subsection(text);
        }
    }

    private String approval(Optional<Report> report, Language language) {
        if (report.isEmpty()) {
            return t(language, "monitoring.report.document.notAssembled");
        }
        Report r = report.get();
        return r.approved()
                ? t(language, "monitoring.report.document.approved", date(r.approvedOn(), language), r.decisionReference(), r.approvedByName())
                : t(language, "monitoring.report.document.notApproved");
    }

    static String date(LocalDate day, Language language) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
    }

    static String instant(Instant at, Language language) {
        return at.atZone(language.zone()).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language.locale()));
    }

    String t(Language language, String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, language.locale());
    }
}
