package eu.cybersudoe.diagnostics.internal;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.documents.Outline;
import eu.cybersudoe.shared.documents.PdfDocuments;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.shared.questionnaire.Questionnaire.Recommendation;
import eu.cybersudoe.shared.questionnaire.Scoring;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The PDF report of a completed assessment, in the reader's language: scores, levels, the
 * page's radar chart with its text alternative, and the action plan, in the platform's document
 * frame (tagged PDF/UA, see {@link PdfDocuments}).
 */
@Component
public class ReportPdf {

    private final MessageSource messages;
    private final Network network;
    private final PdfDocuments pdfs;

    ReportPdf(MessageSource messages, Network network, PdfDocuments pdfs) {
        this.messages = messages;
        this.network = network;
        this.pdfs = pdfs;
    }

    /** The report's bytes. */
    public byte[] write(DiagnosticsService.Opened opened, Language language, ZoneId zone) {
        return pdfs.write(new Writer(opened, language, zone).outline());
    }

    private final class Writer {
        private final DiagnosticsService.Opened opened;
        private final Language language;
        private final ZoneId zone;
        private final Scoring.Result result;

        Writer(DiagnosticsService.Opened opened, Language language, ZoneId zone) {
            this.opened = opened;
            this.language = language;
            this.zone = zone;
            this.result = opened.result();
        }

        Outline outline() {
            Outline.Builder outline = Outline.of(language, t("diagnostics.report.title") + " – " + text(opened.questionnaire().title()));
            var completed = opened.assessment().completedAt();
            if (completed != null) {
                outline.line(t("diagnostics.report.completedOn", completed.atZone(zone).toLocalDate()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()))));
            }
            outline.section(t("diagnostics.result.overall") + " " + (result.overall() == null ? "–" : result.overall() + " / 100"));
            if (result.band() != null) {
                outline.labelled(t("diagnostics.result.level"), text(result.band().name()));
                outline.text(text(result.band().text()));
            }
            scores(outline);
            plan(outline);
            outline.text(t("diagnostics.report.footer"));
            return outline.build();
        }

        private void scores(Outline.Builder outline) {
            outline.section(t("diagnostics.result.dimensions"));
            RadarChart chart = Charts.radar(opened.questionnaire(), result, language);
            if (chart.axes().size() >= 3) {
                outline.figure(chart.svg(t("diagnostics.result.chart")), t("diagnostics.report.chartAlternative",
                        chart.axes().stream().map(axis -> axis.label() + " " + score(axis.score())).collect(Collectors.joining("; "))));
            }
            List<List<String>> rows = new ArrayList<>();
            for (Scoring.DimensionResult dimension : result.dimensions()) {
                rows.add(List.of(text(dimension.dimension().title()), score(dimension.score()),
                        dimension.band() == null ? "–" : text(dimension.band().name())));
            }
            outline.table(List.of(t("diagnostics.result.dimension"), t("diagnostics.result.score"), t("diagnostics.result.levelColumn")),
                    List.of(3, 1, 2), rows);
            for (Scoring.DimensionResult dimension : result.dimensions()) {
                if (dimension.band() != null && !dimension.dimension().bands().isEmpty()) {
                    outline.labelled(text(dimension.dimension().title()) + " – " + text(dimension.band().name()),
                            text(dimension.band().text()));
                }
            }
        }

        private String score(Integer score) {
            return score == null ? t("diagnostics.result.noScore") : score + " / 100";
        }

        private void plan(Outline.Builder outline) {
            outline.section(t("diagnostics.result.plan"));
            if (result.recommendations().isEmpty()) {
                outline.text(t("diagnostics.result.plan.none"));
                return;
            }
            outline.subsection(t("diagnostics.result.plan.first"));
            recommendations(outline, result.firstActions(), 1);
            if (!result.otherActions().isEmpty()) {
                outline.subsection(t("diagnostics.result.plan.others"));
                recommendations(outline, result.otherActions(), Scoring.Result.FIRST_ACTIONS + 1);
            }
        }

        private void recommendations(Outline.Builder outline, List<Recommendation> list, int first) {
            int number = first;
            for (Recommendation r : list) {
                outline.labelled(number++ + ".", text(r.title()) + " [" + t("diagnostics.priority." + r.priority().name().toLowerCase()) + "]");
                outline.labelled(t("diagnostics.result.why"), text(r.why()));
                outline.labelled(t("diagnostics.result.how"), text(r.how()));
                List<String> links = new ArrayList<>();
                for (String code : r.themes()) {
                    network.theme(code).ifPresent(theme -> links.add(t("diagnostics.result.theme") + " " + text(theme.name())));
                }
                for (Questionnaire.Link link : r.links()) {
                    links.add(text(link.label()) + (link.internal() ? "" : " (" + link.href() + ")"));
                }
                outline.labelled(t("diagnostics.result.links"), String.join(" · ", links));
            }
        }

        private String text(LocalizedText localized) {
            return localized == null ? "" : localized.in(language).text();
        }

        private String t(String key, Object... args) {
            return messages.getMessage(key, args.length == 0 ? null : args, language.locale());
        }
    }
}
