package eu.cybersudoe.toolbox.training.web;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.FieldErrors;
import eu.cybersudoe.toolbox.internal.ItemSearch;
import eu.cybersudoe.toolbox.training.Certificate;
import eu.cybersudoe.toolbox.training.Programme;
import eu.cybersudoe.toolbox.training.Trainee;
import eu.cybersudoe.toolbox.training.TrainingAssessments;
import eu.cybersudoe.toolbox.training.TrainingRefused;
import eu.cybersudoe.toolbox.training.TrainingService;
import eu.cybersudoe.toolbox.training.TrainingStore;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * The training of project managers: the programmes with each reader's progress and certificates
 * (a partner's manager sees their staff's, admins everyone's), a programme's modules and sessions
 * with enrolment, and the admins' forms that set the programme up.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
class TrainingController {

    static final String BASE = "/office/toolbox/training";

    private final TrainingService service;
    private final TrainingStore store;
    private final TrainingPages pages;
    private final TrainingAssessments assessments;
    private final ItemSearch search;

    TrainingController(TrainingService service, TrainingStore store, TrainingPages pages, TrainingAssessments assessments,
                       ItemSearch search) {
        this.service = service;
        this.store = store;
        this.pages = pages;
        this.assessments = assessments;
        this.search = search;
    }

    @GetMapping("/{lang}" + BASE)
    String overview(@PathVariable String lang, HttpServletRequest request, Model model) {
        Trainee reader = TrainingScope.trainee(request);
        List<Programme> programmes = store.programmes();
        model.addAttribute("programmes", programmes);
        model.addAttribute("progress", programmes.stream().map(p -> store.progress(p, reader.accountId())).toList());
        List<Certificate> certificates = reader.admin() ? store.certificates(null, null)
                : reader.manager() ? store.certificates(null, reader.partnerId()) : store.certificates(reader.accountId(), null);
        model.addAttribute("certificates", certificates);
        model.addAttribute("partnerNames", certificates.stream().map(c -> pages.partnerName(c.partnerId())).toList());
        model.addAttribute("admin", reader.admin());
        model.addAttribute("errors", FieldErrors.NONE);
        return "toolbox/training/overview";
    }

    @Access(roles = Role.NETWORK_ADMIN)
    @PostMapping("/{lang}" + BASE)
    String create(@PathVariable String lang, @RequestParam(defaultValue = "") String titleFr, @RequestParam(defaultValue = "") String titleEs,
                  @RequestParam(defaultValue = "") String titlePt, @RequestParam(defaultValue = "") String titleEn,
                  HttpServletRequest request, RedirectAttributes redirect) {
        try {
            long id = service.createProgramme(TrainingScope.trainee(request), Titles.of(titleFr, titleEs, titlePt, titleEn));
            redirect.addFlashAttribute("notice", "training.notice.created");
            return "redirect:/" + lang + BASE + "/" + id;
        } catch (TrainingRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
            return "redirect:/" + lang + BASE;
        }
    }

    @GetMapping("/{lang}" + BASE + "/{programmeId}")
    String programme(@PathVariable String lang, @PathVariable long programmeId, HttpServletRequest request, Model model) {
        return programmePage(lang, programmeId, request, model, ModuleForm.EMPTY, SessionForm.EMPTY, FieldErrors.NONE, FieldErrors.NONE);
    }

    @Access(roles = Role.NETWORK_ADMIN)
    @PostMapping("/{lang}" + BASE + "/{programmeId}/modules")
    String addModule(@PathVariable String lang, @PathVariable long programmeId, @ModelAttribute ModuleForm form,
                     HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            service.addModule(TrainingScope.trainee(request), programmeId, Titles.of(form.titleFr(), form.titleEs(), form.titlePt(),
                    form.titleEn()), form.assessment(), form.passMarkValue(), form.items());
            redirect.addFlashAttribute("notice", "training.notice.moduleAdded");
            return "redirect:/" + lang + BASE + "/" + programmeId;
        } catch (TrainingRefused refused) {
            return programmePage(lang, programmeId, request, model, form, SessionForm.EMPTY, TrainingScope.errors(refused), FieldErrors.NONE);
        }
    }

    @Access(roles = Role.NETWORK_ADMIN)
    @PostMapping("/{lang}" + BASE + "/{programmeId}/sessions")
    String addSession(@PathVariable String lang, @PathVariable long programmeId, @ModelAttribute SessionForm form,
                      HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            if (form.start().isEmpty() || form.end().isEmpty()) {
                throw new TrainingRefused(form.start().isEmpty() ? "training.refused.when" : "training.refused.endsBeforeStart");
            }
            service.addSession(TrainingScope.trainee(request), programmeId, form.modules(),
                    form.start().get().atZone(form.zoneId()).toInstant(), form.end().get().atZone(form.zoneId()).toInstant(),
                    form.zoneId(), form.trainerId(), form.place(), form.onlineUrl(), form.capacityValue());
            redirect.addFlashAttribute("notice", "training.notice.sessionAdded");
            return "redirect:/" + lang + BASE + "/" + programmeId;
        } catch (TrainingRefused refused) {
            return programmePage(lang, programmeId, request, model, ModuleForm.EMPTY, form, FieldErrors.NONE, TrainingScope.errors(refused));
        }
    }

    /** Enrols the reader ({@code person} absent) or, for managers and admins, the chosen member of staff. */
    @PostMapping("/{lang}" + BASE + "/sessions/{sessionId}/enrolments")
    String enrol(@PathVariable String lang, @PathVariable long sessionId, @RequestParam(required = false) String person,
                 HttpServletRequest request, RedirectAttributes redirect) {
        Trainee actor = TrainingScope.trainee(request);
        long programmeId = store.session(sessionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).programmeId();
        try {
            if (person == null || person.isBlank()) {
                service.enrol(actor, sessionId, actor.accountId(), actor.partnerId());
            } else {
                String[] parts = person.split(":");
                if (parts.length != 2 || !parts[1].matches("\\d{1,18}")) {
                    throw new TrainingRefused("training.refused.notYourStaff");
                }
                service.enrol(actor, sessionId, Long.parseLong(parts[1]), parts[0]);
            }
            redirect.addFlashAttribute("notice", "training.notice.enrolled");
        } catch (TrainingRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/" + lang + BASE + "/" + programmeId;
    }

    private String programmePage(String lang, long programmeId, HttpServletRequest request, Model model, ModuleForm moduleForm,
                                 SessionForm sessionForm, FieldErrors moduleErrors, FieldErrors sessionErrors) {
        Language language = TrainingScope.language(lang);
        Trainee reader = TrainingScope.trainee(request);
        Programme programme = store.programme(programmeId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var progress = store.progress(programme, reader.accountId());
        model.addAttribute("programme", programme);
        model.addAttribute("title", programme.title().in(language).text());
        model.addAttribute("progress", progress);
        model.addAttribute("modules", pages.modules(programme, progress, language));
        model.addAttribute("sessions", pages.sessions(programme, reader, language));
        model.addAttribute("enrollable", pages.enrollable(reader));
        model.addAttribute("admin", reader.admin());
        model.addAttribute("moduleForm", moduleForm);
        model.addAttribute("sessionForm", sessionForm);
        model.addAttribute("moduleErrors", moduleErrors);
        model.addAttribute("sessionErrors", sessionErrors);
        model.addAttribute("assessments", reader.admin() ? assessments.all() : List.of());
        model.addAttribute("items", reader.admin()
                ? search.published(ItemSearch.Filter.NONE, 1, 200).items().stream()
                .map(item -> new StaffChoice(String.valueOf(item.id()), item.shownIn(language).map(t -> t.title()).orElse("#" + item.id())))
                .toList()
                : List.of());
        model.addAttribute("trainers", reader.admin() ? pages.trainers() : List.of());
        return "toolbox/training/programme";
    }
}
