package eu.cybersudoe.community.web;

import eu.cybersudoe.community.internal.Authors;
import eu.cybersudoe.community.internal.Comments;
import eu.cybersudoe.community.internal.CommunityRefused;
import eu.cybersudoe.community.CommentTarget;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Comments under other modules' items: posted here, shown on the item's page. */
@Controller
class CommentController {

    private final Comments comments;
    private final Authors authors;

    CommentController(Comments comments, Authors authors) {
        this.comments = comments;
        this.authors = authors;
    }

    /** The comments of an item are on its page. */
    @GetMapping("/{lang}/community/comments/{kind}/{targetId}")
    @Access(Access.Audience.PUBLIC)
    String item(@PathVariable String lang, @PathVariable String kind, @PathVariable String targetId) {
        CommentTarget.Commented item = comments.target(kind, targetId, Pages.language(lang))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return "redirect:/" + lang + item.path() + "#comments";
    }

    @PostMapping("/{lang}/community/comments/{kind}/{targetId}")
    @Access(Access.Audience.SIGNED_IN)
    String comment(@PathVariable String lang, @PathVariable String kind, @PathVariable String targetId,
                   @RequestParam(defaultValue = "") String body, @RequestParam(required = false) String language,
                   RedirectAttributes redirect) {
        Language page = Pages.language(lang);
        CommentTarget.Commented item = comments.target(kind, targetId, page)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        SignedInUser me = Pages.me();
        if (body.isBlank() || body.length() > DiscussionForm.BODY_MAX) {
            redirect.addFlashAttribute("refused", "community.form.body.required");
            redirect.addFlashAttribute("commentTyped", body);
        } else {
            try {
                comments.comment(kind, targetId, authors.of(me), body, Pages.tagged(language, me.language()));
                redirect.addFlashAttribute("notice", "community.comment.received");
            } catch (CommunityRefused refused) {
                redirect.addFlashAttribute("refused", refused.messageKey());
                redirect.addFlashAttribute("commentTyped", body);
            }
        }
        return "redirect:/" + lang + item.path() + "#comments";
    }
}
