package eu.cybersudoe.missions.web;

import eu.cybersudoe.accounts.StaffDirectory;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.missions.internal.Actor;
import eu.cybersudoe.missions.internal.DeliveryMode;
import eu.cybersudoe.missions.internal.MissionFollowUps;
import eu.cybersudoe.missions.internal.Mission;
import eu.cybersudoe.missions.internal.MissionRefused;
import eu.cybersudoe.missions.internal.MissionService;
import eu.cybersudoe.missions.internal.MissionStore;
import eu.cybersudoe.missions.internal.Receipts;
import eu.cybersudoe.missions.internal.ReportContents;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/**
 * A mission's back-office page: what was asked, where it stands, its history, and the moves its
 * state allows (accept, decline, hand over, assign, schedule, record as held, validate, deliver,
 * cancel). Partner managers decide; advisors schedule and hold the missions.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
class MissionPageController {

    private final MissionScope scope;
    private final MissionService missions;
    private final MissionStore store;
    private final MissionViews views;
    private final StaffDirectory staff;
    private final Network network;
    private final MissionFollowUps followUps;
    private final Receipts receipts;
    private final ReportContents contents;

    private final HistoryLines history;

    MissionPageController(MissionScope scope, MissionService missions, MissionStore store, MissionViews views,
                          StaffDirectory staff, Network network, MissionFollowUps followUps, Receipts receipts, ReportContents contents,
                          HistoryLines history) {
        this.history = history;
        this.scope = scope;
        this.missions = missions;
        this.store = store;
        this.views = views;
        this.staff = staff;
        this.network = network;
        this.followUps = followUps;
        this.receipts = receipts;
        this.contents = contents;
    }

    @GetMapping("/{lang}/office/missions/{missionId}")
    String show(@PathVariable String lang, @PathVariable long missionId, HttpServletRequest request, Model model) {
        Mission mission = scope.forStaff(missionId, request);
        Language language = MissionScope.language(lang);
        model.addAttribute("view", views.of(mission, language));
        model.addAttribute("history", history.of(store.history(missionId), language));
        model.addAttribute("staff", staff.staffOf(mission.partnerId()));
        model.addAttribute("partners", network.partners());
        model.addAttribute("modes", DeliveryMode.values());
        model.addAttribute("followUpDue", followUps.dueAt(missionId).orElse(null));
        model.addAttribute("answers", followUps.answers(missionId).orElse(null));
        model.addAttribute("receipt", receipts.of(missionId));
        model.addAttribute("report", mission.report() == null ? null : contents.of(mission, mission.report(), language));
        return "missions/page";
    }

    @PostMapping("/{lang}/office/missions/{missionId}/accept")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER}, partnerRows = true)
    String accept(@PathVariable String lang, @PathVariable long missionId, HttpServletRequest request, RedirectAttributes redirect) {
        return act(lang, missionId, request, redirect, "missions.notice.accepted", actor -> missions.accept(missionId, actor));
    }

    @PostMapping("/{lang}/office/missions/{missionId}/decline")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER}, partnerRows = true)
    String decline(@PathVariable String lang, @PathVariable long missionId, @RequestParam(required = false) String reason,
                   HttpServletRequest request, RedirectAttributes redirect) {
        return act(lang, missionId, request, redirect, "missions.notice.declined", actor -> missions.decline(missionId, actor, reason));
    }

    @PostMapping("/{lang}/office/missions/{missionId}/hand-over")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER}, partnerRows = true)
    String handOver(@PathVariable String lang, @PathVariable long missionId, @RequestParam(required = false) String partnerId,
                    @RequestParam(required = false) String reason, HttpServletRequest request, RedirectAttributes redirect) {
        scope.forStaff(missionId, request);
        try {
            missions.handOver(missionId, Actor.of(MissionScope.user()), partnerId, reason);
        } catch (MissionRefused refused) {
            return refused(lang, missionId, redirect, refused.messageKey());
        }
        redirect.addFlashAttribute("notice", "missions.notice.handedOver");
        boolean admin = MissionScope.user().role() == Role.NETWORK_ADMIN;
        return "redirect:/" + lang + "/office/missions" + (admin ? "/" + missionId : "");
    }

    @PostMapping("/{lang}/office/missions/{missionId}/advisor")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER}, partnerRows = true)
    String advisor(@PathVariable String lang, @PathVariable long missionId, @RequestParam(required = false) Long advisorId,
                   HttpServletRequest request, RedirectAttributes redirect) {
        return act(lang, missionId, request, redirect, "missions.notice.advisor",
                actor -> missions.assignAdvisor(missionId, actor, advisorId == null ? -1 : advisorId));
    }

    @PostMapping("/{lang}/office/missions/{missionId}/company")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER}, partnerRows = true)
    String company(@PathVariable String lang, @PathVariable long missionId, @RequestParam(required = false) Long companyId,
                   HttpServletRequest request, RedirectAttributes redirect) {
        return act(lang, missionId, request, redirect, "missions.notice.company", actor -> {
            if (companyId == null) {
                throw new MissionRefused("missions.refused.noCompany");
            }
            missions.attachCompany(missionId, actor, new CompanyId(companyId));
        });
    }

    @PostMapping("/{lang}/office/missions/{missionId}/schedule")
    String schedule(@PathVariable String lang, @PathVariable long missionId, @RequestParam(required = false) String day,
                    @RequestParam(required = false) String mode, @RequestParam(required = false) String plannedDays,
                    @RequestParam(required = false) Long advisorId, HttpServletRequest request, RedirectAttributes redirect) {
        return act(lang, missionId, request, redirect, "missions.notice.scheduled", actor -> missions.schedule(missionId, actor,
                new Mission.Schedule(date(day), mode(mode), days(plannedDays)), advisorId == null ? -1 : advisorId));
    }

    @PostMapping("/{lang}/office/missions/{missionId}/hold")
    String hold(@PathVariable String lang, @PathVariable long missionId, @RequestParam(required = false) String day,
                @RequestParam(required = false) String actualDays, HttpServletRequest request, RedirectAttributes redirect) {
        return act(lang, missionId, request, redirect, "missions.notice.held",
                actor -> missions.hold(missionId, actor, date(day), days(actualDays)));
    }

    @PostMapping("/{lang}/office/missions/{missionId}/submit")
    String submit(@PathVariable String lang, @PathVariable long missionId, HttpServletRequest request, RedirectAttributes redirect) {
        return act(lang, missionId, request, redirect, "missions.notice.submitted", actor -> missions.submitReport(missionId, actor));
    }

    @PostMapping("/{lang}/office/missions/{missionId}/return")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER}, partnerRows = true)
    String returnReport(@PathVariable String lang, @PathVariable long missionId, @RequestParam(required = false) String reason,
                        HttpServletRequest request, RedirectAttributes redirect) {
        return act(lang, missionId, request, redirect, "missions.notice.returned", actor -> missions.returnReport(missionId, actor, reason));
    }

    @PostMapping("/{lang}/office/missions/{missionId}/validate")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER}, partnerRows = true)
    String validate(@PathVariable String lang, @PathVariable long missionId, HttpServletRequest request, RedirectAttributes redirect) {
        return act(lang, missionId, request, redirect, "missions.notice.validated", actor -> missions.validateReport(missionId, actor));
    }

    @PostMapping("/{lang}/office/missions/{missionId}/deliver")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER}, partnerRows = true)
    String deliver(@PathVariable String lang, @PathVariable long missionId, HttpServletRequest request, RedirectAttributes redirect) {
        return act(lang, missionId, request, redirect, "missions.notice.delivered", actor -> missions.deliver(missionId, actor));
    }

    @PostMapping("/{lang}/office/missions/{missionId}/cancel")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER}, partnerRows = true)
    String cancel(@PathVariable String lang, @PathVariable long missionId, @RequestParam(required = false) String reason,
                  HttpServletRequest request, RedirectAttributes redirect) {
        return act(lang, missionId, request, redirect, "missions.notice.cancelled", actor -> missions.cancel(missionId, actor, reason));
    }

    @PostMapping("/{lang}/office/missions/{missionId}/signed-sheet")
    String signedSheet(@PathVariable String lang, @PathVariable long missionId,
                       @RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request,
                       RedirectAttributes redirect) {
        return act(lang, missionId, request, redirect, "missions.notice.sheetStored",
                actor -> receipts.storeSignedSheet(missionId, actor, file));
    }

    /** Runs a move on a mission the person may work on, and says how it went. */
    private String act(String lang, long missionId, HttpServletRequest request, RedirectAttributes redirect, String done,
                       Consumer<Actor> move) {
        scope.forStaff(missionId, request);
        try {
            move.accept(Actor.of(MissionScope.user()));
        } catch (MissionRefused refused) {
            return refused(lang, missionId, redirect, refused.messageKey());
        } catch (OptimisticLockingFailureException changed) {
            return refused(lang, missionId, redirect, "missions.refused.changed");
        }
        redirect.addFlashAttribute("notice", done);
        return "redirect:/" + lang + "/office/missions/" + missionId;
    }

    private static String refused(String lang, long missionId, RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("problem", key);
        return "redirect:/" + lang + "/office/missions/" + missionId + "#actions";
    }

    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            throw new MissionRefused("missions.refused.date");
        }
    }

    static BigDecimal days(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw new MissionRefused("missions.refused.days");
        }
    }

    private static DeliveryMode mode(String text) {
        try {
            return text == null ? null : DeliveryMode.valueOf(text);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
