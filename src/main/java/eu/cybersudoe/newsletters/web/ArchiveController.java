package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.newsletters.internal.Archive;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;


import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The public archive of the issues sent and a page per issue in each language (its Atom feed is a {@code FeedSource}). */
@Controller
class ArchiveController {

    private final Archive archive;
    private final eu.cybersudoe.community.CommentThreads comments;

    ArchiveController(Archive archive, eu.cybersudoe.community.CommentThreads comments) {
        this.archive = archive;
        this.comments = comments;
    }

    @GetMapping("/{lang}/newsletters")
    @Access(Access.Audience.PUBLIC)
    String list(@PathVariable String lang, Model model) {
        model.addAttribute("issues", archive.issues(language(lang)));
        return "newsletters/archive";
    }

    @GetMapping("/{lang}/newsletters/{number:\\d+}")
    @Access(Access.Audience.PUBLIC)
    String issue(@PathVariable String lang, @PathVariable int number, Model model) {
        model.addAttribute("issue", archive.issue(number, language(lang))
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        model.addAttribute("comments", comments.thread(eu.cybersudoe.newsletters.internal.IssueComments.KIND,
                String.valueOf(number), language(lang), eu.cybersudoe.shared.security.CurrentUser.get().orElse(null)));
        return "newsletters/archived";
    }

    /** The feed's former address, kept for those who subscribed to it. */
    @GetMapping("/{lang}/newsletters/feed.atom")
    @Access(Access.Audience.PUBLIC)
    ResponseEntity<Void> feed(@PathVariable String lang) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .location(java.net.URI.create("/" + language(lang).code() + "/feeds/newsletters.atom")).build();
    }

    private static Language language(String lang) {
        return Language.fromCode(lang).orElse(Language.DEFAULT);
    }
}
