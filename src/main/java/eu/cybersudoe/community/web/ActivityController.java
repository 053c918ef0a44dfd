package eu.cybersudoe.community.web;

import eu.cybersudoe.community.internal.Activity;
import eu.cybersudoe.community.internal.Follows;
import eu.cybersudoe.community.internal.Preferences;
import eu.cybersudoe.community.internal.ThreadStops;
import eu.cybersudoe.shared.security.Access;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;

/**
 * The member's unread activity and notification choices (each post mailed or a daily digest;
 * texts kept or not if the account is erased), and the one-click "stop this thread" of the mails.
 */
@Controller
class ActivityController {

    static final int LISTED = 100;

    private final Activity activity;
    private final Preferences preferences;
    private final ThreadStops stops;
    private final Clock clock;

    ActivityController(Activity activity, Preferences preferences, ThreadStops stops, Clock clock) {
        this.activity = activity;
        this.preferences = preferences;
        this.stops = stops;
        this.clock = clock;
    }

    @GetMapping("/{lang}/community/activity")
    @Access(Access.Audience.SIGNED_IN)
    String unread(@PathVariable String lang, Model model) {
        long me = Pages.me().accountId();
        model.addAttribute("items", activity.unread(me, LISTED));
        model.addAttribute("unread", activity.unreadCount(me));
        model.addAttribute("choice", preferences.of(me));
        return "community/activity";
    }

    @PostMapping("/{lang}/community/activity/read")
    @Access(Access.Audience.SIGNED_IN)
    String read(@PathVariable String lang, RedirectAttributes redirect) {
        activity.markRead(Pages.me().accountId(), clock.instant());
        redirect.addFlashAttribute("notice", "community.activity.allRead");
        return "redirect:/" + lang + "/community/activity";
    }

    @PostMapping("/{lang}/community/preferences")
    @Access(Access.Audience.SIGNED_IN)
    String preferences(@PathVariable String lang, @RequestParam(defaultValue = "false") boolean digest,
                       @RequestParam(defaultValue = "false") boolean keepText, RedirectAttributes redirect) {
        preferences.save(Pages.me().accountId(), new Preferences.Choice(digest, keepText));
        redirect.addFlashAttribute("notice", "community.preferences.saved");
        return "redirect:/" + lang + "/community/activity";
    }

    @GetMapping("/{lang}/community/stop/{token}")
    @Access(Access.Audience.PUBLIC)
    String stopPage(@PathVariable String lang, @PathVariable String token, Model model) {
        model.addAttribute("stop", stops.read(token).orElse(null));
        model.addAttribute("token", token);
        model.addAttribute("stopped", false);
        return "community/stop";
    }

    /** The page's button, and mail clients' one-click POST (RFC 8058, without a CSRF token: the signed token authorises it). */
    @PostMapping("/{lang}/community/stop/{token}")
    @Access(Access.Audience.PUBLIC)
    String stop(@PathVariable String lang, @PathVariable String token, Model model) {
        model.addAttribute("stop", stops.stop(token).orElse(null));
        model.addAttribute("token", token);
        model.addAttribute("stopped", true);
        return "community/stop";
    }
}
