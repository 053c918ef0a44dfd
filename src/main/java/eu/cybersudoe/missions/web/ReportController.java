package eu.cybersudoe.missions.web;

import eu.cybersudoe.missions.internal.Actor;
import eu.cybersudoe.missions.internal.Mission;
import eu.cybersudoe.missions.internal.MissionRefused;
import eu.cybersudoe.missions.internal.MissionService;
import eu.cybersudoe.missions.internal.RegistryReads;
import eu.cybersudoe.missions.internal.ReportContents;
import eu.cybersudoe.missions.internal.ReportDraft;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;


/**
 * Writing the intervention report: the form (saved as it is typed with htmx, or with its button
 * without JavaScript), and the PDF and DOCX downloads for staff.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
class ReportController {

    static final int PROVIDERS_LISTED = 500;

    private final MissionScope scope;
    private final MissionService missions;
    private final MissionViews views;
    private final ReportContents contents;
    private final RegistryReads registry;
    private final Network network;
    private final ReportDownloads downloads;

    ReportController(MissionScope scope, MissionService missions, MissionViews views, ReportContents contents,
                     RegistryReads registry, Network network, ReportDownloads downloads) {
        this.scope = scope;
        this.missions = missions;
        this.views = views;
        this.contents = contents;
        this.registry = registry;
        this.network = network;
        this.downloads = downloads;
    }

    @GetMapping("/{lang}/office/missions/{missionId}/report")
    String form(@PathVariable String lang, @PathVariable long missionId, HttpServletRequest request, Model model) {
        Mission mission = scope.forStaff(missionId, request);
        return form(model, mission, ReportDraft.of(missions.reportOf(mission)), MissionScope.language(lang), null);
    }

    @PostMapping("/{lang}/office/missions/{missionId}/report")
    String save(@PathVariable String lang, @PathVariable long missionId, @ModelAttribute("draft") ReportDraft draft,
                HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Mission mission = scope.forStaff(missionId, request);
        try {
            missions.saveReport(missionId, Actor.of(MissionScope.user()), draft);
        } catch (MissionRefused refused) {
            return form(model, mission, draft, MissionScope.language(lang), refused.messageKey());
        } catch (OptimisticLockingFailureException changed) {
            return form(model, mission, draft, MissionScope.language(lang), "missions.refused.changed");
        }
        redirect.addFlashAttribute("notice", "missions.notice.reportSaved");
        return "redirect:/" + lang + "/office/missions/" + missionId + "/report";
    }

    /**
     * The same save, from htmx as the advisor types: answers with the time it was kept (or why it
     * was not) and the progress line again, swapped out of band.
     */
    @PostMapping("/{lang}/office/missions/{missionId}/report/autosave")
    String autosave(@PathVariable String lang, @PathVariable long missionId, @ModelAttribute("draft") ReportDraft draft,
                    HttpServletRequest request, Model model) {
        scope.forStaff(missionId, request);
        String problem = null;
        try {
            missions.saveReport(missionId, Actor.of(MissionScope.user()), draft);
        } catch (MissionRefused refused) {
            problem = refused.messageKey();
        } catch (OptimisticLockingFailureException changed) {
            problem = "missions.refused.changed";
        }
        model.addAttribute("problem", problem);
        model.addAttribute("savedAt", Instant.now());
        model.addAttribute("sections", ReportSections.of(draft));
        return "missions/saved";
    }

    @GetMapping("/{lang}/office/missions/{missionId}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String lang, @PathVariable long missionId, HttpServletRequest request) {
        return downloads.pdf(scope.forStaff(missionId, request), MissionScope.language(lang));
    }

    @GetMapping("/{lang}/office/missions/{missionId}/report.docx")
    ResponseEntity<byte[]> reportDocx(@PathVariable String lang, @PathVariable long missionId, HttpServletRequest request) {
        return downloads.reportDocx(scope.forStaff(missionId, request), MissionScope.language(lang));
    }

    @GetMapping("/{lang}/office/missions/{missionId}/specifications.docx")
    ResponseEntity<byte[]> docx(@PathVariable String lang, @PathVariable long missionId, HttpServletRequest request) {
        return downloads.docx(scope.forStaff(missionId, request), MissionScope.language(lang));
    }

    private String form(Model model, Mission mission, ReportDraft draft, Language language, String problem) {
        model.addAttribute("view", views.of(mission, language));
        model.addAttribute("draft", draft);
        model.addAttribute("sections", ReportSections.of(draft));
        model.addAttribute("content", contents.of(mission, missions.reportOf(mission), language));
        model.addAttribute("themes", network.themes(false));
        model.addAttribute("providers", registry.providers(PROVIDERS_LISTED));
        model.addAttribute("problem", problem);
        return "missions/report-form";
    }
}
