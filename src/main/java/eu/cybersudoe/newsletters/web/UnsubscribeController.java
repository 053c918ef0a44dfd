package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.newsletters.internal.UnsubscribeLinks;
import eu.cybersudoe.newsletters.internal.Unsubscriptions;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.web.RateLimiter;
import eu.cybersudoe.shared.web.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the unsubscribe links of every issue lead. The page, in the recipient's language, names
 * the address and lets the person stop the newsletter while keeping (or also stopping) the other
 * purposes they consented to, such as event invitations. The one-click address of the
 * {@code List-Unsubscribe} header takes a mail client's POST (RFC 8058): no session, no form, no
 * confirmation; opened in a browser, it leads to the page. Links are signed, so only their
 * recipient can use them, and every use is idempotent.
 */
@Controller
class UnsubscribeController {

    private static final int PER_ADDRESS_PER_HOUR = 30;

    private final UnsubscribeLinks links;
    private final Unsubscriptions unsubscriptions;
    private final RateLimiter limiter;
    private final MessageSource messages;

    UnsubscribeController(UnsubscribeLinks links, Unsubscriptions unsubscriptions, RateLimiter limiter,
                          MessageSource messages) {
        this.links = links;
        this.unsubscriptions = unsubscriptions;
        this.limiter = limiter;
        this.messages = messages;
    }

    @GetMapping("/{lang}/newsletter/unsubscribe")
    @Access(Access.Audience.PUBLIC)
    String ask(@PathVariable String lang, @RequestParam(name = "t", defaultValue = "") String token, Model model,
               HttpServletResponse response) {
        return page(token, links.read(token), false, model, response);
    }

    @PostMapping("/{lang}/newsletter/unsubscribe")
    @Access(Access.Audience.PUBLIC)
    String confirm(@PathVariable String lang, @RequestParam(name = "t", defaultValue = "") String token,
                   @RequestParam(name = "keep", required = false) List<String> keep, Model model,
                   HttpServletRequest request, HttpServletResponse response) {
        if (!limiter.tryAcquire("newsletter-unsubscribe", request.getRemoteAddr(), PER_ADDRESS_PER_HOUR, Duration.ofHours(1))) {
            throw new TooManyRequestsException();
        }
        Set<ConsentPurpose> kept = EnumSet.noneOf(ConsentPurpose.class);
        if (keep != null) {
            for (String purpose : keep) {
                for (ConsentPurpose known : ConsentPurpose.values()) {
                    if (known.name().equals(purpose)) {
                        kept.add(known);
                    }
                }
            }
        }
        Optional<UnsubscribeLinks.Subscriber> subscriber = unsubscriptions.choose(token, kept);
        return page(token, subscriber, subscriber.isPresent(), model, response);
    }

    /** The one-click unsubscribe of RFC 8058, posted by a mail client with {@code List-Unsubscribe=One-Click}. */
    @PostMapping(value = "/{lang}/newsletter/one-click")
    @Access(Access.Audience.PUBLIC)
    ResponseEntity<String> oneClick(@PathVariable String lang, @RequestParam(name = "t", defaultValue = "") String token) {
        Language language = Language.fromCode(lang).orElse(Language.DEFAULT);
        Optional<UnsubscribeLinks.Subscriber> subscriber = unsubscriptions.stopNewsletter(token,
                Unsubscriptions.Channel.ONE_CLICK);
        String text = subscriber.map(s -> messages.getMessage("newsletters.unsubscribe.stopped", new Object[] {s.email()},
                        language.locale()))
                .orElseGet(() -> messages.getMessage("newsletters.unsubscribe.invalid", null, language.locale()));
        return ResponseEntity.status(subscriber.isPresent() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(text + "\n");
    }

    /** The one-click address opened in a browser: the page, where nothing happens without a choice. */
    @GetMapping("/{lang}/newsletter/one-click")
    @Access(Access.Audience.PUBLIC)
    String oneClickOpened(@PathVariable String lang, @RequestParam(name = "t", defaultValue = "") String token) {
        return "redirect:/" + Language.fromCode(lang).orElse(Language.DEFAULT).code() + "/newsletter/unsubscribe?t="
                + UriUtils.encodeQueryParam(token, StandardCharsets.UTF_8);
    }

    private String page(String token, Optional<UnsubscribeLinks.Subscriber> subscriber, boolean done, Model model,
                        HttpServletResponse response) {
        if (subscriber.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("email", subscriber.map(UnsubscribeLinks.Subscriber::email).orElse(null));
        model.addAttribute("token", token);
        model.addAttribute("done", done);
        model.addAttribute("stopped", subscriber.map(unsubscriptions::stopped).orElse(false));
        model.addAttribute("invitations", subscriber.map(s -> unsubscriptions.consentsOf(s)
                .contains(ConsentPurpose.EVENT_INVITATIONS)).orElse(false));
        model.addAttribute("keepInvitations", ConsentPurpose.EVENT_INVITATIONS.name());
        return "newsletters/unsubscribe";
    }
}
