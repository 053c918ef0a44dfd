package eu.cybersudoe.missions.web;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.missions.internal.Actor;
import eu.cybersudoe.missions.internal.Mission;
import eu.cybersudoe.missions.internal.MissionOrigin;
import eu.cybersudoe.missions.internal.MissionRefused;
import eu.cybersudoe.missions.internal.MissionService;
import eu.cybersudoe.missions.internal.MissionStore;
import eu.cybersudoe.missions.internal.Receipts;
import eu.cybersudoe.missions.internal.ReportContents;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.List;

/**
 * The company's side, linked from its account page: its requests and missions, asking for a
 * mission, the delivered reports (page, PDF, DOCX), acknowledging the mission day and rating it.
 * A company user reads only the missions of the company their account is linked to.
 */
@Controller
@Access(roles = Role.COMPANY_USER)
class CompanyMissionsController {

    private final MissionScope scope;
    private final MissionStore store;
    private final MissionService missions;
    private final MissionViews views;
    private final Receipts receipts;
    private final ReportContents contents;
    private final ReportDownloads downloads;
    private final Network network;
    private final Clock clock;

    CompanyMissionsController(MissionScope scope, MissionStore store, MissionService missions, MissionViews views,
                              Receipts receipts, ReportContents contents, ReportDownloads downloads, Network network, Clock clock) {
        this.scope = scope;
        this.store = store;
        this.missions = missions;
        this.views = views;
        this.receipts = receipts;
        this.contents = contents;
        this.downloads = downloads;
        this.network = network;
        this.clock = clock;
    }

    @GetMapping("/{lang}/my-company/missions")
    String list(@PathVariable String lang, Model model) {
        CompanyId company = scope.companyOf().orElse(null);
        if (company == null) {
            return "redirect:/" + lang + "/my-company";
        }
        Language language = MissionScope.language(lang);
        model.addAttribute("missions", store.ofCompany(company).stream().map(m -> views.of(m, language)).toList());
        model.addAttribute("themes", network.themes(false));
        return "missions/company-list";
    }

    @PostMapping("/{lang}/my-company/missions")
    String request(@PathVariable String lang, @RequestParam(required = false) String message,
                   @RequestParam(required = false) List<String> themes, RedirectAttributes redirect) {
        CompanyId company = scope.companyOf().orElse(null);
        if (company == null) {
            return "redirect:/" + lang + "/my-company";
        }
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() || text.length() > 4000) {
            redirect.addFlashAttribute("problem", text.isEmpty() ? "missions.company.messageMissing" : "missions.form.message.tooLong");
            redirect.addFlashAttribute("message", text);
            return "redirect:/" + lang + "/my-company/missions#ask";
        }
        var user = MissionScope.user();
        missions.request(company, new Mission.Request(MissionOrigin.COMPANY, null, null, null, user.email(),
                MissionScope.language(lang), text, themes == null ? List.of() : themes, clock.instant()), Actor.of(user));
        redirect.addFlashAttribute("notice", "missions.company.requested");
        return "redirect:/" + lang + "/my-company/missions";
    }

    @GetMapping("/{lang}/my-company/missions/{missionId}")
    String show(@PathVariable String lang, @PathVariable long missionId, Model model) {
        Mission mission = scope.forCompany(missionId);
        Language language = MissionScope.language(lang);
        model.addAttribute("view", views.of(mission, language));
        model.addAttribute("receipt", receipts.of(missionId));
        model.addAttribute("report", mission.state().delivered() && mission.report() != null
                ? contents.of(mission, mission.report(), language) : null);
        return "missions/company-page";
    }

    @GetMapping("/{lang}/my-company/missions/{missionId}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String lang, @PathVariable long missionId) {
        return downloads.pdf(delivered(missionId), MissionScope.language(lang));
    }

    @GetMapping("/{lang}/my-company/missions/{missionId}/report.docx")
    ResponseEntity<byte[]> reportDocx(@PathVariable String lang, @PathVariable long missionId) {
        return downloads.reportDocx(delivered(missionId), MissionScope.language(lang));
    }

    @GetMapping("/{lang}/my-company/missions/{missionId}/specifications.docx")
    ResponseEntity<byte[]> docx(@PathVariable String lang, @PathVariable long missionId) {
        return downloads.docx(delivered(missionId), MissionScope.language(lang));
    }

    @PostMapping("/{lang}/my-company/missions/{missionId}/acknowledge")
    String acknowledge(@PathVariable String lang, @PathVariable long missionId, RedirectAttributes redirect) {
        scope.forCompany(missionId);
        return run(lang, missionId, redirect, "missions.company.acknowledged",
                () -> receipts.acknowledge(missionId, Actor.of(MissionScope.user())));
    }

    @PostMapping("/{lang}/my-company/missions/{missionId}/rate")
    String rate(@PathVariable String lang, @PathVariable long missionId, @RequestParam(required = false) Integer rating,
                @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        scope.forCompany(missionId);
        redirect.addFlashAttribute("comment", comment);
        return run(lang, missionId, redirect, "missions.company.rated",
                () -> receipts.rate(missionId, Actor.of(MissionScope.user()), rating, comment));
    }

    private Mission delivered(long missionId) {
        Mission mission = scope.forCompany(missionId);
        if (!mission.state().delivered()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return mission;
    }

    private static String run(String lang, long missionId, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (MissionRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/" + lang + "/my-company/missions/" + missionId;
    }
}
