package eu.cybersudoe.community.web;

import eu.cybersudoe.community.internal.Activity;
import eu.cybersudoe.community.internal.Authors;
import eu.cybersudoe.community.internal.Community;
import eu.cybersudoe.community.internal.CommunityRefused;
import eu.cybersudoe.community.internal.Discussion;
import eu.cybersudoe.community.internal.Discussions;
import eu.cybersudoe.community.internal.Follows;
import eu.cybersudoe.community.internal.Group;
import eu.cybersudoe.community.internal.Groups;
import eu.cybersudoe.community.internal.Membership;
import eu.cybersudoe.community.internal.Post;
import eu.cybersudoe.community.internal.PostStatus;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
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

import java.time.Clock;
import java.util.List;

/**
 * A discussion's page: the opening post, the replies (oldest first, the reader's language first
 * when asked, or one language only, paged), the reply form with a quote, following, the answer
 * that helped, and the referral of an exchange to a mission request.
 */
@Controller
class DiscussionController {

    static final int REPLIES_PER_PAGE = 50;

    private final Discussions discussions;
    private final Groups groups;
    private final Follows follows;
    private final Activity activity;
    private final Community community;
    private final Authors authors;
    private final Clock clock;
    private final RenderedPosts rendered;

    DiscussionController(Discussions discussions, Groups groups, Follows follows, Activity activity, Community community,
                         Authors authors, Clock clock, RenderedPosts rendered) {
        this.rendered = rendered;
        this.discussions = discussions;
        this.groups = groups;
        this.follows = follows;
        this.activity = activity;
        this.community = community;
        this.authors = authors;
        this.clock = clock;
    }

    @GetMapping("/{lang}/community/discussions/{discussionId}")
    @Access(Access.Audience.PUBLIC)
    String discussion(@PathVariable String lang, @PathVariable long discussionId, @RequestParam(required = false) Integer page,
                      @RequestParam(name = "in", required = false) String only, @RequestParam(required = false) String order,
                      @RequestParam(required = false) Long quote, Model model) {
        ReplyForm form = new ReplyForm();
        form.setQuote(quote);
        show(lang, discussionId, page, only, order, form, FieldErrors.NONE, model);
        SignedInUser reader = Pages.reader();
        if (reader != null) {
            activity.markDiscussionRead(reader.accountId(), discussionId, clock.instant());
        }
        return "community/discussion";
    }

    private void show(String lang, long discussionId, Integer page, String only, String order, ReplyForm form, FieldErrors errors,
                      Model model) {
        Discussion discussion = discussions.find(discussionId).filter(d -> d.groupId() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Group group = groups.find(discussion.groupId()).orElseThrow();
        SignedInUser reader = Pages.reader();
        long me = reader == null ? -1 : reader.accountId();
        boolean moderator = community.moderates(group.id(), reader);
        Post opening = discussions.opening(discussionId).orElseThrow();
        boolean readable = community.mayRead(group, reader)
                && (opening.status() == PostStatus.VISIBLE || moderator || opening.by(me)
                || discussions.countReplies(discussionId, opening.id(), null) > 0);
        if (!readable) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Language language = Pages.language(lang);
        String onlyLanguage = Language.fromCode(only).map(Language::code).orElse(null);
        boolean mineFirst = "mine".equals(order);
        Language mine = reader == null ? language : reader.language();
        int pageNumber = Pages.page(page);
        long total = discussions.countReplies(discussionId, opening.id(), onlyLanguage);
        List<Views.PostView> replies = discussions.replies(discussionId, opening.id(), mineFirst ? mine.code() : null, onlyLanguage,
                        (pageNumber - 1) * REPLIES_PER_PAGE, REPLIES_PER_PAGE).stream()
                .map(p -> Views.post(p, moderator, me, discussion.helpedPostId(), discussions, rendered)).toList();
        boolean member = reader != null && groups.membership(group.id(), me).filter(Membership::active).isPresent();
        model.addAttribute("group", group);
        model.addAttribute("discussion", discussion);
        model.addAttribute("opening", Views.post(opening, moderator, me, discussion.helpedPostId(), discussions, rendered));
        model.addAttribute("replies", replies);
        model.addAttribute("total", total);
        model.addAttribute("pageNumber", pageNumber);
        model.addAttribute("lastPage", (int) Math.max(1, (total + REPLIES_PER_PAGE - 1) / REPLIES_PER_PAGE));
        model.addAttribute("only", onlyLanguage);
        model.addAttribute("mineFirst", mineFirst);
        model.addAttribute("languages", discussions.languages(discussionId));
        model.addAttribute("member", member);
        model.addAttribute("moderator", moderator);
        model.addAttribute("signedIn", reader != null);
        model.addAttribute("author", reader != null && discussion.authorId() != null && discussion.authorId() == me);
        model.addAttribute("mayRefer", community.mayRefer(discussion, reader));
        model.addAttribute("following", reader != null && follows.followsDiscussion(me, discussionId, group.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("language", mine);
        Views.QuoteView quoted = form.getQuote() == null ? null : discussions.post(form.getQuote())
                .filter(p -> p.discussionId() == discussionId && p.status() == PostStatus.VISIBLE)
                .map(p -> new Views.QuoteView(p.id(), p.authorName(), Views.excerpt(p.body()))).orElse(null);
        model.addAttribute("quoted", quoted);
    }

    @PostMapping("/{lang}/community/discussions/{discussionId}/replies")
    @Access(Access.Audience.SIGNED_IN)
    String reply(@PathVariable String lang, @PathVariable long discussionId, @ModelAttribute("form") ReplyForm form,
                 BindingResult binding, Model model, RedirectAttributes redirect) {
        SignedInUser me = Pages.me();
        form.check(binding);
        if (!binding.hasErrors()) {
            try {
                long post = community.reply(discussionId, authors.of(me), form.getBody(),
                        Pages.tagged(form.getLanguage(), me.language()), form.getQuote());
                boolean waiting = discussions.post(post).map(p -> p.status() == PostStatus.PENDING).orElse(false);
                redirect.addFlashAttribute("notice", waiting ? "community.post.waiting" : "community.post.published");
                return "redirect:/" + lang + "/community/discussions/" + discussionId + "#post-" + post;
            } catch (CommunityRefused refused) {
                binding = new BeanPropertyBindingResult(form, "form");
                binding.reject(refused.messageKey());
            }
        }
        show(lang, discussionId, 1, null, null, form, FieldErrors.of(binding), model);
        return "community/discussion";
    }

    @PostMapping("/{lang}/community/discussions/{discussionId}/follow")
    @Access(Access.Audience.SIGNED_IN)
    String follow(@PathVariable String lang, @PathVariable long discussionId, @RequestParam(defaultValue = "true") boolean follow,
                  RedirectAttributes redirect) {
        long me = Pages.me().accountId();
        if (discussions.find(discussionId).isPresent()) {
            if (follow) {
                follows.followDiscussion(me, discussionId, clock.instant());
            } else {
                follows.stopDiscussion(me, discussionId, clock.instant());
            }
            redirect.addFlashAttribute("notice", follow ? "community.follow.discussion" : "community.follow.stopped");
        }
        return "redirect:/" + lang + "/community/discussions/" + discussionId;
    }

    @PostMapping("/{lang}/community/discussions/{discussionId}/helped")
    @Access(Access.Audience.SIGNED_IN)
    String helped(@PathVariable String lang, @PathVariable long discussionId, @RequestParam long post, RedirectAttributes redirect) {
        return Pages.attempt(redirect, "/" + lang + "/community/discussions/" + discussionId + "#post-" + post,
                "community.exchange.helpedSaved", () -> community.markHelped(discussionId, post, Pages.me().accountId()));
    }

    @PostMapping("/{lang}/community/discussions/{discussionId}/refer")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
    String refer(@PathVariable String lang, @PathVariable long discussionId, RedirectAttributes redirect) {
        return Pages.attempt(redirect, "/" + lang + "/community/discussions/" + discussionId, "community.exchange.referred",
                () -> community.refer(discussionId, Pages.me()));
    }
}
