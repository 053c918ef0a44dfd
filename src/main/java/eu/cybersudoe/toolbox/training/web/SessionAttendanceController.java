package eu.cybersudoe.toolbox.training.web;

import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.toolbox.training.Programme;
import eu.cybersudoe.toolbox.training.Trainee;
import eu.cybersudoe.toolbox.training.TrainingRefused;
import eu.cybersudoe.toolbox.training.TrainingService;
import eu.cybersudoe.toolbox.training.TrainingSession;
import eu.cybersudoe.toolbox.training.TrainingStore;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;

/**
 * A session's page: its details and the people enrolled the reader may see; for its trainer (and
 * network admins), the attendance sheet, one box per person and module taught, recorded once the
 * session has started.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
class SessionAttendanceController {

    private final TrainingService service;
    private final TrainingStore store;
    private final TrainingPages pages;
    private final Clock clock;

    SessionAttendanceController(TrainingService service, TrainingStore store, TrainingPages pages, Clock clock) {
        this.service = service;
        this.store = store;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/{lang}" + TrainingController.BASE + "/sessions/{sessionId}")
    String session(@PathVariable String lang, @PathVariable long sessionId, HttpServletRequest request, Model model) {
        Trainee reader = TrainingScope.trainee(request);
        TrainingSession session = store.session(sessionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Programme programme = store.programme(session.programmeId()).orElseThrow();
        var language = TrainingScope.language(lang);
        model.addAttribute("programme", programme);
        model.addAttribute("title", programme.title().in(language).text());
        model.addAttribute("row", pages.session(programme, session, reader, language));
        model.addAttribute("modules", programme.modules().stream().filter(m -> session.modules().contains(m.id())).toList());
        model.addAttribute("attendance", store.attendanceAt(sessionId));
        model.addAttribute("recorder", session.recordableBy(reader));
        model.addAttribute("started", session.started(clock.instant()));
        return "toolbox/training/session";
    }

    @PostMapping("/{lang}" + TrainingController.BASE + "/sessions/{sessionId}/attendance")
    String record(@PathVariable String lang, @PathVariable long sessionId, @RequestParam long moduleId, @RequestParam long accountId,
                  @RequestParam(defaultValue = "true") boolean attended, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            service.recordAttendance(TrainingScope.trainee(request), sessionId, moduleId, accountId, attended);
            redirect.addFlashAttribute("notice", attended ? "training.notice.attended" : "training.notice.absent");
        } catch (TrainingRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/" + lang + TrainingController.BASE + "/sessions/" + sessionId;
    }
}
