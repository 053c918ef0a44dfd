package eu.cybersudoe.diagnostics.web;

import eu.cybersudoe.diagnostics.internal.DiagnosticsOffice.Breakdown;
import eu.cybersudoe.diagnostics.internal.DiagnosticsOffice;
import eu.cybersudoe.diagnostics.internal.DiagnosticsService;
import eu.cybersudoe.diagnostics.internal.Questionnaires;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.DownloadNames;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * Diagnostics in the back office: completed assessments per questionnaire (for the network —
 * network admins acting for no partner see the network's — and for the partner one acts for),
 * anonymised aggregates with their CSV export, and the assessments of the companies the partner
 * brought or served.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
class DiagnosticsOfficeController {

    private final DiagnosticsOffice office;
    private final DiagnosticsService diagnostics;
    private final Questionnaires questionnaires;
    private final Network network;
    private final MessageSource messages;
    private final Clock clock;

    DiagnosticsOfficeController(DiagnosticsOffice office, DiagnosticsService diagnostics, Questionnaires questionnaires,
                                Network network, MessageSource messages, Clock clock) {
        this.office = office;
        this.diagnostics = diagnostics;
        this.questionnaires = questionnaires;
        this.network = network;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/{lang}/office/diagnostics")
    String counts(@PathVariable String lang, HttpServletRequest request, Model model) {
        String partner = CurrentUser.actingPartner(request).orElse(null);
        boolean admin = admin();
        model.addAttribute("questionnaires", questionnaires.current());
        model.addAttribute("partnerName", partnerName(partner));
        model.addAttribute("partnerCounts", partner == null ? java.util.Map.of() : office.completedByQuestionnaire(partner));
        model.addAttribute("networkCounts", admin ? office.completedByQuestionnaire(null) : java.util.Map.of());
        model.addAttribute("admin", admin);
        return "diagnostics/office";
    }

    @GetMapping("/{lang}/office/diagnostics/aggregates")
    String aggregates(@PathVariable String lang, @RequestParam(required = false) String questionnaire,
                      @RequestParam(defaultValue = "region") String by, Model model) {
        Questionnaire shown = questionnaire(questionnaire);
        Breakdown breakdown = Breakdown.of(by);
        model.addAttribute("questionnaires", questionnaires.current());
        model.addAttribute("questionnaire", shown);
        model.addAttribute("by", breakdown);
        model.addAttribute("aggregates", office.aggregates(shown.code(), breakdown));
        model.addAttribute("regionNames", network.regions().stream().collect(java.util.stream.Collectors.toMap(
                eu.cybersudoe.network.Region::code, r -> r.code() + " " + r.name())));
        model.addAttribute("threshold", DiagnosticsOffice.THRESHOLD);
        return "diagnostics/aggregates";
    }

    @GetMapping("/{lang}/office/diagnostics/aggregates.csv")
    void aggregatesCsv(@PathVariable String lang, @RequestParam(required = false) String questionnaire,
                       @RequestParam(defaultValue = "region") String by, HttpServletResponse response) throws IOException {
        Questionnaire shown = questionnaire(questionnaire);
        Breakdown breakdown = Breakdown.of(by);
        Language language = Language.fromCode(lang).orElseThrow();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.disposition(true, DownloadNames.of(messages, language,
                "files.diagnosticsAggregates", DownloadNames.slug(shown.title().in(language).text()),
                DownloadNames.slug(t(language, "diagnostics.aggregates.by." + breakdown.code())))));
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord(List.of("questionnaire", "region", "sector", "size", "companies", "score").stream()
                    .map(column -> t(language, "diagnostics.aggregates.column." + column)).toList());
            String title = shown.title().in(language).text();
            for (DiagnosticsOffice.Cell cell : office.aggregates(shown.code(), breakdown).shown()) {
                csv.printRecord(title, regionName(cell.region(), breakdown, language),
                        label(cell.sector(), "diagnostics.sector.", breakdown == Breakdown.SECTOR || breakdown == Breakdown.ALL, language),
                        label(cell.size(), "diagnostics.size.", breakdown == Breakdown.SIZE || breakdown == Breakdown.ALL, language),
                        cell.companies(), cell.meanScore());
            }
        }
    }

    @GetMapping("/{lang}/office/diagnostics/assessments")
    String assessments(@PathVariable String lang, @RequestParam(defaultValue = "1") String page, HttpServletRequest request,
                       Model model) {
        String partner = CurrentUser.actingPartner(request).orElse(null);
        if (partner == null && !admin()) {
            throw new AccessDeniedException("Staff act for a partner");
        }
        var found = office.assessmentsKnownBy(partner, pageNumber(page));
        model.addAttribute("result", found);
        model.addAttribute("changes", diagnostics.changesSinceFirst(found.rows().stream()
                .map(DiagnosticsOffice.Listed::assessment).toList()));
        model.addAttribute("questionnaires", questionnaires.current());
        model.addAttribute("partnerName", partnerName(partner));
        model.addAttribute("zone", clock.getZone());
        return "diagnostics/office-assessments";
    }

    private Questionnaire questionnaire(String code) {
        return (code == null ? java.util.Optional.<Questionnaire>empty() : questionnaires.current(code))
                .orElse(questionnaires.current().getFirst());
    }

    private String regionName(String code, Breakdown by, Language language) {
        if (by != Breakdown.REGION && by != Breakdown.ALL) {
            return "";
        }
        return code == null ? t(language, "diagnostics.aggregates.notGiven")
                : network.region(code).map(r -> code + " " + r.name()).orElse(code);
    }

    private String label(String code, String prefix, boolean used, Language language) {
        return !used ? "" : t(language, code == null ? "diagnostics.aggregates.notGiven" : prefix + code);
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    private static boolean admin() {
        return CurrentUser.get().map(u -> u.role() == Role.NETWORK_ADMIN).orElse(false);
    }

    private String t(Language language, String key) {
        return messages.getMessage(key, null, language.locale());
    }

    /** The acting partner's short name, as people know it (null when acting for the whole network). */
    private String partnerName(String partner) {
        return partner == null ? null : network.partnerTyped(partner).map(Partner::shortName).orElse(partner);
    }

}
