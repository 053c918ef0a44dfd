package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.companies.ContactDirectory;
import eu.cybersudoe.newsletters.internal.Issues;
import eu.cybersudoe.newsletters.internal.Suppressions;
import eu.cybersudoe.newsletters.internal.UnsubscribeLinks;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.web.RateLimiter;
import eu.cybersudoe.shared.web.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the unsubscribe link of every issue leads: the page names the address and asks for a
 * confirmation; confirming withdraws every consent of the contact with that address (the
 * registry keeps the withdrawal as evidence) and suppresses the address for the newsletter.
 * The link is signed, so only its recipient can use it.
 */
@Controller
class UnsubscribeController {

    private static final int PER_ADDRESS_PER_HOUR = 30;

    private final UnsubscribeLinks links;
    private final ContactDirectory contacts;
    private final Suppressions suppressions;
    private final Issues issues;
    private final RateLimiter limiter;
    private final Clock clock;

    UnsubscribeController(UnsubscribeLinks links, ContactDirectory contacts, Suppressions suppressions, Issues issues,
                          RateLimiter limiter, Clock clock) {
        this.links = links;
        this.contacts = contacts;
        this.suppressions = suppressions;
        this.issues = issues;
        this.limiter = limiter;
        this.clock = clock;
    }

    @GetMapping("/{lang}/newsletter/unsubscribe")
    @Access(Access.Audience.PUBLIC)
    String ask(@PathVariable String lang, @RequestParam(name = "t", defaultValue = "") String token, Model model,
               HttpServletResponse response) {
        Optional<UnsubscribeLinks.Subscriber> subscriber = links.read(token);
        if (subscriber.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("email", subscriber.map(UnsubscribeLinks.Subscriber::email).orElse(null));
        model.addAttribute("token", token);
        model.addAttribute("done", false);
        return "newsletters/unsubscribe";
    }

    @PostMapping("/{lang}/newsletter/unsubscribe")
    @Access(Access.Audience.PUBLIC)
    String confirm(@PathVariable String lang, @RequestParam(name = "t", defaultValue = "") String token, Model model,
                   HttpServletRequest request, HttpServletResponse response) {
        if (!limiter.tryAcquire("newsletter-unsubscribe", request.getRemoteAddr(), PER_ADDRESS_PER_HOUR, Duration.ofHours(1))) {
            throw new TooManyRequestsException();
        }
        Optional<UnsubscribeLinks.Subscriber> subscriber = links.read(token);
        if (subscriber.isEmpty()) {
            return ask(lang, token, model, response);
        }
        String email = subscriber.get().email();
        String source = "unsubscribe link: issue " + issues.find(subscriber.get().issueId()).map(i -> i.number()).orElse(0);
        contacts.unsubscribeEverywhere(email, source);
        suppressions.suppress(email, Suppressions.Reason.UNSUBSCRIBED, source, clock.instant());
        model.addAttribute("email", email);
        model.addAttribute("token", token);
        model.addAttribute("done", true);
        return "newsletters/unsubscribe";
    }
}
