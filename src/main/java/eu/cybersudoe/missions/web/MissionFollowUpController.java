package eu.cybersudoe.missions.web;

import eu.cybersudoe.missions.internal.FollowUpAnswers;
import eu.cybersudoe.missions.internal.MissionFollowUps;
import eu.cybersudoe.missions.internal.Mission;
import eu.cybersudoe.missions.internal.MissionService;
import eu.cybersudoe.shared.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The follow-up form, reached from the e-mail by a private link: the company says what it
 * implemented after the mission. Only the link's hash is stored; it works until answered.
 */
@Controller
@Access(Access.Audience.PUBLIC)
class MissionFollowUpController {

    private final MissionFollowUps followUps;
    private final MissionService missions;
    private final MissionViews views;

    MissionFollowUpController(MissionFollowUps followUps, MissionService missions, MissionViews views) {
        this.followUps = followUps;
        this.missions = missions;
        this.views = views;
    }

    @GetMapping("/{lang}/missions/follow-up/{token}")
    String form(@PathVariable String lang, @PathVariable String token, Model model) {
        Mission mission = followUps.byToken(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return form(model, mission, token, lang, null, new FollowUpAnswers("", "", "", false));
    }

    @PostMapping("/{lang}/missions/follow-up/{token}")
    String answer(@PathVariable String lang, @PathVariable String token, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String implemented, @RequestParam(required = false) String obstacles,
                  @RequestParam(defaultValue = "false") boolean moreHelp, Model model) {
        Mission mission = followUps.byToken(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        FollowUpAnswers answers = new FollowUpAnswers(outcome == null ? "" : outcome, clip(implemented), clip(obstacles), moreHelp);
        if (!FollowUpAnswers.OUTCOMES.contains(answers.outcome())) {
            return form(model, mission, token, lang, "missions.followUp.outcomeMissing", answers);
        }
        followUps.answer(token, answers, missions);
        return "missions/follow-up-done";
    }

    private String form(Model model, Mission mission, String token, String lang, String problem, FollowUpAnswers answers) {
        model.addAttribute("view", views.of(mission, MissionScope.language(lang)));
        model.addAttribute("token", token);
        model.addAttribute("problem", problem);
        model.addAttribute("answers", answers);
        model.addAttribute("outcomes", FollowUpAnswers.OUTCOMES);
        return "missions/follow-up";
    }

    private static String clip(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        return stripped.length() > 4000 ? stripped.substring(0, 4000) : stripped;
    }
}
