package eu.cybersudoe.community.web;

import eu.cybersudoe.community.internal.Community;
import eu.cybersudoe.community.internal.Discussion;
import eu.cybersudoe.community.internal.Discussions;
import eu.cybersudoe.community.internal.Groups;
import eu.cybersudoe.community.internal.ModerationLog;
import eu.cybersudoe.community.internal.Post;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * The moderators' queue (posts waiting for approval and hidden ones, of the groups the reader
 * moderates and of the comment threads under items their partner answers for; every group and every
 * comment thread for network admins) and the moderation log, which
 * network admins read in the back office.
 */
@Controller
class ModerationController {

    private final Discussions discussions;
    private final Groups groups;
    private final ModerationLog log;
    private final RenderedPosts rendered;
    private final Community community;

    ModerationController(Discussions discussions, Groups groups, ModerationLog log, RenderedPosts rendered, Community community) {
        this.community = community;
        this.rendered = rendered;
        this.discussions = discussions;
        this.groups = groups;
        this.log = log;
    }

    @GetMapping("/{lang}/community/moderation")
    @Access(Access.Audience.SIGNED_IN)
    String queue(@PathVariable String lang, Model model) {
        SignedInUser me = Pages.me();
        boolean admin = me.role() == Role.NETWORK_ADMIN;
        List<Long> moderated = admin ? groups.all().stream().map(g -> g.id()).toList() : groups.moderatedBy(me.accountId());
        List<Long> threads = discussions.commentThreadsAwaiting().stream().filter(d -> community.moderates(d, me))
                .map(Discussion::id).toList();
        List<Views.Awaiting> awaiting = discussions.awaiting(moderated, threads).stream().map(p -> awaiting(p, me)).toList();
        model.addAttribute("awaiting", awaiting);
        model.addAttribute("moderates", admin || !moderated.isEmpty() || !threads.isEmpty());
        return "community/moderation";
    }

    private Views.Awaiting awaiting(Post post, SignedInUser me) {
        var discussion = discussions.find(post.discussionId()).orElseThrow();
        return new Views.Awaiting(Views.post(post, true, me.accountId(), null, discussions, rendered), discussion.id(), discussion.title(),
                discussion.groupId(), discussions.reasons(post.id()), Views.path(discussion));
    }

    @GetMapping("/{lang}/office/community/moderation")
    @Access(roles = Role.NETWORK_ADMIN)
    String log(@PathVariable String lang, @RequestParam(required = false) Integer page, Model model) {
        int pageNumber = Pages.page(page);
        long total = log.count();
        model.addAttribute("entries", log.page((pageNumber - 1) * Pages.PAGE_SIZE, Pages.PAGE_SIZE));
        model.addAttribute("groupNames", groups.all());
        model.addAttribute("pageNumber", pageNumber);
        model.addAttribute("lastPage", (int) Math.max(1, (total + Pages.PAGE_SIZE - 1) / Pages.PAGE_SIZE));
        return "community/log";
    }
}
