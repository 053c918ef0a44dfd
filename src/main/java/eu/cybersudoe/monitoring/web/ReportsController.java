package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Closer;
import eu.cybersudoe.monitoring.ProgressReports;
import eu.cybersudoe.monitoring.ProgressReports.Part;
import eu.cybersudoe.monitoring.ProgressReports.PartInput;
import eu.cybersudoe.monitoring.ReportRefused;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.network.WorkPackage;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.FieldErrors;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The progress reports of the semesters: the semester's page (parts, assembly, approval,
 * downloads), a partner's part written by its staff, the assembly and the approval by the lead partner.
 */
@Controller
class ReportsController {

    private final ProgressReports reports;
    private final ReportAccess access;
    private final ObjectProvider<Network> network;

    ReportsController(ProgressReports reports, ReportAccess access, ObjectProvider<Network> network) {
        this.reports = reports;
        this.access = access;
        this.network = network;
    }

    @GetMapping("/{lang}/office/reports")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR, Role.PROGRAMME_OFFICER})
    String semester(@PathVariable String lang, @RequestParam(required = false) Integer semester, HttpServletRequest request,
                    Model model) {
        ReportAccess.language(lang);
        Semester shown = access.semester(semester);
        Closer person = access.person(request);
        List<Part> parts = reports.parts(shown.number());
        List<ReportsView.PartLine> lines = network.getObject().partners().stream().map(partner -> {
            Optional<Part> part = parts.stream().filter(p -> p.partner().equals(partner.id())).findFirst();
            boolean own = reports.mayWrite(partner.id(), person);
            return new ReportsView.PartLine(partner.id().value(), partner.name(), part.map(ReportAccess::status).orElse("none"),
                    part.map(Part::updatedByName).orElse(null), part.map(Part::updatedAt).orElse(null),
                    own || part.filter(Part::submitted).isPresent(), own && !access.locked(shown.number()));
        }).toList();
        if (!model.containsAttribute("approval")) {
            model.addAttribute("approval", ReportsView.Approval.EMPTY);
        }
        FieldErrors errors = errors(model, "approvalErrors");
        model.addAttribute("view", new ReportsView(shown, access.semesters(), lines, reports.report(shown.number()).orElse(null),
                reports.mayAssemble(person), (ReportsView.Approval) model.getAttribute("approval"), errors));
        return "monitoring/reports";
    }

    @GetMapping("/{lang}/office/reports/{semester}/parts/{partnerId}")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR, Role.PROGRAMME_OFFICER})
    String part(@PathVariable String lang, @PathVariable int semester, @PathVariable String partnerId, HttpServletRequest request,
                Model model) {
        Language language = ReportAccess.language(lang);
        Semester shown = access.semester(semester);
        Partner partner = access.partner(partnerId);
        Closer person = access.person(request);
        Optional<Part> part = access.readablePart(shown.number(), partner.id(), person);
        boolean editable = reports.mayWrite(partner.id(), person) && !access.locked(shown.number());
        PartPage.Form form = model.containsAttribute("form") ? (PartPage.Form) model.getAttribute("form")
                : part.map(p -> new PartPage.Form(p.progress(), p.deviations(), p.problems(), p.nextSteps()))
                .orElse(new PartPage.Form(Map.of(), "", "", ""));
        FieldErrors errors = errors(model, "errors");
        List<PartPage.WorkPackageLine> workPackages = network.getObject().workPackages().stream()
                .map(w -> new PartPage.WorkPackageLine(w.code(), w.title().in(language).text())).toList();
        List<PartPage.SectionView> sections = reports.sections(shown.number(), Optional.of(partner.id()), language).stream()
                .map(s -> new PartPage.SectionView(s.title(), s.summary(), s.header(), s.rows())).toList();
        model.addAttribute("view", new PartPage(shown.number(), partner.id().value(), partner.name(),
                part.map(ReportAccess::status).orElse("none"), part.map(Part::updatedByName).orElse(null),
                part.map(Part::updatedAt).orElse(null), editable, workPackages, form, errors, sections));
        return "monitoring/reportPart";
    }

    /** Saves a part as a draft, or submits it ({@code submit=true}); the partner's own staff only. */
    @PostMapping("/{lang}/office/reports/{semester}/parts/{partnerId}")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, ownPartner = true)
    String save(@PathVariable String lang, @PathVariable int semester, @PathVariable String partnerId,
                @RequestParam Map<String, String> fields, HttpServletRequest request, RedirectAttributes redirect) {
        ReportAccess.language(lang);
        Partner partner = access.partner(partnerId);
        Map<String, String> progress = new LinkedHashMap<>();
        for (WorkPackage workPackage : network.getObject().workPackages()) {
            String text = fields.get(ProgressReports.PROGRESS + workPackage.code());
            if (text != null) {
                progress.put(workPackage.code(), text);
            }
        }
        PartInput input = new PartInput(progress, fields.get(ProgressReports.DEVIATIONS), fields.get(ProgressReports.PROBLEMS),
                fields.get(ProgressReports.NEXT_STEPS));
        boolean submit = "true".equals(fields.get("submit"));
        String back = "redirect:/" + lang + "/office/reports/" + semester + "/parts/" + partner.id().value();
        try {
            reports.save(semester, partner.id(), input, submit, access.person(request));
            redirect.addFlashAttribute("notice", submit ? "monitoring.report.part.submitted" : "monitoring.report.part.saved");
            return submit ? "redirect:/" + lang + "/office/reports?semester=" + semester : back;
        } catch (ReportRefused refused) {
            redirect.addFlashAttribute("form", new PartPage.Form(progress, input.deviations(), input.problems(), input.nextSteps()));
            redirect.addFlashAttribute("errors", fieldKeys(refused));
            if (refused.messageKey() != null) {
                redirect.addFlashAttribute("refused", refused.messageKey());
            }
            return back;
        }
    }

    /** Assembles the report of a semester; a network admin or a manager of the lead partner. */
    @PostMapping("/{lang}/office/reports/{semester}/assembly")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
    String assemble(@PathVariable String lang, @PathVariable int semester, HttpServletRequest request, RedirectAttributes redirect) {
        ReportAccess.language(lang);
        try {
            reports.assemble(semester, access.person(request));
            redirect.addFlashAttribute("notice", "monitoring.report.assembled");
        } catch (ReportRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/" + lang + "/office/reports?semester=" + semester;
    }

    /** Records the steering committee's approval, which locks the report and its parts. */
    @PostMapping("/{lang}/office/reports/{semester}/approval")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
    String approve(@PathVariable String lang, @PathVariable int semester, @RequestParam(required = false) String approvedOn,
                   @RequestParam(required = false) String decisionReference, HttpServletRequest request, RedirectAttributes redirect) {
        ReportAccess.language(lang);
        try {
            reports.approve(semester, day(approvedOn), decisionReference, access.person(request));
            redirect.addFlashAttribute("notice", "monitoring.report.approved");
        } catch (ReportRefused refused) {
            redirect.addFlashAttribute("approval", new ReportsView.Approval(approvedOn == null ? "" : approvedOn,
                    decisionReference == null ? "" : decisionReference));
            redirect.addFlashAttribute("approvalErrors", fieldKeys(refused));
            if (refused.messageKey() != null) {
                redirect.addFlashAttribute("refused", refused.messageKey());
            }
        }
        return "redirect:/" + lang + "/office/reports?semester=" + semester;
    }

    private static LocalDate day(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADay) {
            throw new ReportRefused(Map.of("approvedOn", "monitoring.report.refused.dateInvalid"));
        }
    }

    /** The refused fields' message keys, kept in the session until the form is shown again. */
    private static LinkedHashMap<String, String> fieldKeys(ReportRefused refused) {
        LinkedHashMap<String, String> keys = new LinkedHashMap<>(refused.errors());
        keys.remove(ReportRefused.WHOLE);
        return keys;
    }

    /** The errors flashed under a name, for the template. */
    @SuppressWarnings("unchecked")
    private static FieldErrors errors(Model model, String name) {
        Map<String, String> keys = model.containsAttribute(name) ? (Map<String, String>) model.getAttribute(name) : Map.of();
        Map<String, List<MessageSourceResolvable>> fields = new LinkedHashMap<>();
        keys.forEach((field, key) -> fields.put(field, List.of(new DefaultMessageSourceResolvable(key))));
        return new FieldErrors(fields, List.of());
    }
}
