package eu.cybersudoe.community.web;

import eu.cybersudoe.community.internal.Authors;
import eu.cybersudoe.community.internal.Community;
import eu.cybersudoe.community.internal.CommunityRefused;
import eu.cybersudoe.community.internal.Discussion;
import eu.cybersudoe.community.internal.Discussions;
import eu.cybersudoe.community.internal.Post;
import eu.cybersudoe.community.internal.PostStatus;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.shared.web.FieldErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One post: its author edits or deletes it, anyone signed in reports it, a moderator decides about it. */
@Controller
@Access(Access.Audience.SIGNED_IN)
class PostController {

    private final Discussions discussions;
    private final Community community;
    private final Authors authors;
    private final RenderedPosts rendered;

    PostController(Discussions discussions, Community community, Authors authors, RenderedPosts rendered) {
        this.rendered = rendered;
        this.discussions = discussions;
        this.community = community;
        this.authors = authors;
    }

    @GetMapping("/{lang}/community/posts/{postId}/edit")
    String editForm(@PathVariable String lang, @PathVariable long postId, Model model) {
        Post post = own(postId);
        ReplyForm form = new ReplyForm();
        form.setBody(post.body());
        form.setLanguage(post.language());
        if (opening(post)) {
            form.setTitle(discussions.find(post.discussionId()).orElseThrow().title());
        }
        return edit(model, post, form, FieldErrors.NONE);
    }

    @PostMapping("/{lang}/community/posts/{postId}/edit")
    String edit(@PathVariable String lang, @PathVariable long postId, @ModelAttribute("form") ReplyForm form, BindingResult binding,
                Model model, RedirectAttributes redirect) {
        Post post = own(postId);
        SignedInUser me = Pages.me();
        if (!opening(post)) {
            form.setTitle(null);
        }
        form.check(binding);
        if (!binding.hasErrors()) {
            try {
                community.edit(postId, authors.of(me), form.getBody(), Pages.tagged(form.getLanguage(), me.language()), form.getTitle());
                redirect.addFlashAttribute("notice", "community.post.edited");
                return "redirect:" + back(lang, post);
            } catch (CommunityRefused refused) {
                binding = new BeanPropertyBindingResult(form, "form");
                binding.reject(refused.messageKey());
            }
        }
        return edit(model, post, form, FieldErrors.of(binding));
    }

    private String edit(Model model, Post post, ReplyForm form, FieldErrors errors) {
        model.addAttribute("post", Views.post(post, false, post.authorId(), null, discussions, rendered));
        model.addAttribute("discussion", discussions.find(post.discussionId()).orElseThrow());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("opening", opening(post));
        return "community/edit";
    }

    /** Whether the post opens a group's discussion: its author may change the discussion's title with it. */
    private boolean opening(Post post) {
        return discussions.find(post.discussionId()).filter(d -> d.groupId() != null)
                .flatMap(d -> discussions.opening(d.id())).filter(o -> o.id() == post.id()).isPresent();
    }

    @PostMapping("/{lang}/community/posts/{postId}/delete")
    String delete(@PathVariable String lang, @PathVariable long postId, RedirectAttributes redirect) {
        Post post = own(postId);
        return Pages.attempt(redirect, back(lang, post), "community.post.deleted",
                () -> community.delete(postId, Pages.me().accountId()));
    }

    @PostMapping("/{lang}/community/posts/{postId}/report")
    String report(@PathVariable String lang, @PathVariable long postId, @RequestParam(defaultValue = "") String reason,
                  RedirectAttributes redirect) {
        Post post = discussions.post(postId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Pages.attempt(redirect, () -> back(lang, post), "community.report.received",
                () -> community.report(postId, Pages.me().accountId(), reason));
    }

    @PostMapping("/{lang}/community/posts/{postId}/decision")
    String decide(@PathVariable String lang, @PathVariable long postId, @RequestParam String decision,
                  @RequestParam(defaultValue = "") String reason, @RequestParam(required = false) String from,
                  RedirectAttributes redirect) {
        Post post = discussions.post(postId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String target = "queue".equals(from) ? "/" + lang + "/community/moderation" : back(lang, post);
        return Pages.attempt(redirect, target, "community.moderation.done", () -> {
            Community.Decision chosen;
            try {
                chosen = Community.Decision.valueOf(decision);
            } catch (IllegalArgumentException unknown) {
                throw new CommunityRefused("community.refused.state");
            }
            community.decide(postId, chosen, reason, Pages.me());
        });
    }

    /** A moderator mutes the post's author: in its group, or for a comment in the commented item's thread. */
    @PostMapping("/{lang}/community/posts/{postId}/mute")
    String mute(@PathVariable String lang, @PathVariable long postId, @RequestParam(defaultValue = "7") int days,
                @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        Post post = discussions.post(postId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Pages.attempt(redirect, back(lang, post), "community.member.muted",
                () -> community.muteAuthor(postId, days, reason, Pages.me()));
    }

    /** The author's own post, or 404: nobody learns of others' posts here. */
    private Post own(long postId) {
        return discussions.post(postId).filter(p -> p.by(Pages.me().accountId()))
                .filter(p -> p.status() != PostStatus.DELETED && p.status() != PostStatus.ERASED)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Where the post is shown: its discussion, or the commented item. */
    private String back(String lang, Post post) {
        Discussion discussion = discussions.find(post.discussionId()).orElseThrow();
        return "/" + lang + Views.path(discussion) + (discussion.groupId() == null ? "" : "#post-" + post.id());
    }
}
