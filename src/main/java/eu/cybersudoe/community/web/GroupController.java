package eu.cybersudoe.community.web;

import eu.cybersudoe.community.internal.Authors;
import eu.cybersudoe.community.internal.Community;
import eu.cybersudoe.community.internal.CommunityRefused;
import eu.cybersudoe.community.internal.Discussion;
import eu.cybersudoe.community.internal.Discussions;
import eu.cybersudoe.community.internal.Follows;
import eu.cybersudoe.community.internal.Group;
import eu.cybersudoe.community.internal.Groups;
import eu.cybersudoe.community.internal.Membership;
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

import java.util.List;
import java.util.Optional;

/**
 * The groups: their list, a group's page (its discussions, the reader's language first or one
 * language only, paged), joining, leaving, following, requests to join decided by moderators,
 * moderators appointed by network admins, new discussions and exchanges, and members muted.
 */
@Controller
class GroupController {

    private final Groups groups;
    private final Discussions discussions;
    private final Follows follows;
    private final Community community;
    private final Authors authors;
    private final java.time.Clock clock;

    GroupController(Groups groups, Discussions discussions, Follows follows, Community community, Authors authors,
                    java.time.Clock clock) {
        this.clock = clock;
        this.groups = groups;
        this.discussions = discussions;
        this.follows = follows;
        this.community = community;
        this.authors = authors;
    }

    @GetMapping("/{lang}/community")
    @Access(Access.Audience.PUBLIC)
    String groups(@PathVariable String lang, Model model) {
        SignedInUser reader = Pages.reader();
        model.addAttribute("groups", groups.all().stream().map(g -> new Views.GroupCard(g, groups.activeMembers(g.id()),
                reader == null ? null : groups.membership(g.id(), reader.accountId())
                        .map(m -> m.status().name().toLowerCase(java.util.Locale.ROOT)).orElse(null))).toList());
        model.addAttribute("form", new GroupForm());
        model.addAttribute("errors", FieldErrors.NONE);
        return "community/groups";
    }

    @PostMapping("/{lang}/community/groups")
    @Access(roles = Role.NETWORK_ADMIN)
    String create(@PathVariable String lang, @ModelAttribute("form") GroupForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        form.check(binding);
        if (binding.hasErrors()) {
            groups(lang, model);
            model.addAttribute("form", form);
            model.addAttribute("errors", FieldErrors.of(binding));
            return "community/groups";
        }
        Language language = Pages.language(lang);
        long id = community.createGroup(form.names(language), form.descriptions(language), form.isOpenToAll(), Pages.me());
        redirect.addFlashAttribute("notice", "community.group.created");
        return "redirect:/" + lang + "/community/groups/" + id;
    }

    /** A network admin gives the group its name and description in more languages, or changes them. */
    @PostMapping("/{lang}/community/groups/{groupId}/texts")
    @Access(roles = Role.NETWORK_ADMIN)
    String rename(@PathVariable String lang, @PathVariable long groupId, @ModelAttribute("texts") GroupForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        form.check(binding);
        if (binding.hasErrors()) {
            show(lang, groupId, 1, null, new DiscussionForm(), FieldErrors.NONE, model);
            model.addAttribute("texts", form);
            model.addAttribute("textErrors", FieldErrors.of(binding));
            return "community/group";
        }
        Language language = Pages.language(lang);
        return Pages.attempt(redirect, "/" + lang + "/community/groups/" + groupId, "community.group.renamed",
                () -> community.renameGroup(groupId, form.names(language), form.descriptions(language), form.isOpenToAll(), Pages.me()));
    }

    @GetMapping("/{lang}/community/groups/{groupId}")
    @Access(Access.Audience.PUBLIC)
    String group(@PathVariable String lang, @PathVariable long groupId, @RequestParam(required = false) Integer page,
                 @RequestParam(name = "in", required = false) String only, Model model) {
        show(lang, groupId, page, only, new DiscussionForm(), FieldErrors.NONE, model);
        return "community/group";
    }

    private void show(String lang, long groupId, Integer page, String only, DiscussionForm form, FieldErrors errors, Model model) {
        Group group = groups.find(groupId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        SignedInUser reader = Pages.reader();
        Language language = Pages.language(lang);
        boolean moderator = community.moderates(groupId, reader);
        boolean readable = community.mayRead(group, reader);
        String onlyLanguage = Language.fromCode(only).map(Language::code).orElse(null);
        String first = reader == null ? language.code() : reader.language().code();
        int pageNumber = Pages.page(page);
        long total = readable ? discussions.countOfGroup(groupId, moderator, onlyLanguage) : 0;
        List<Views.DiscussionLine> lines = readable ? discussions.ofGroup(groupId, moderator, first, onlyLanguage,
                        (pageNumber - 1) * Pages.PAGE_SIZE, Pages.PAGE_SIZE).stream()
                .map(d -> new Views.DiscussionLine(d, d.helpedPostId() != null)).toList() : List.of();
        Optional<Membership> membership = reader == null ? Optional.empty() : groups.membership(groupId, reader.accountId());
        model.addAttribute("group", group);
        model.addAttribute("discussions", lines);
        model.addAttribute("total", total);
        model.addAttribute("pageNumber", pageNumber);
        model.addAttribute("lastPage", (int) Math.max(1, (total + Pages.PAGE_SIZE - 1) / Pages.PAGE_SIZE));
        model.addAttribute("only", onlyLanguage);
        model.addAttribute("readable", readable);
        model.addAttribute("membership", membership.map(m -> m.status().name().toLowerCase(java.util.Locale.ROOT)).orElse(null));
        model.addAttribute("mayJoin", reader != null && authors.of(reader).mayTakePart());
        model.addAttribute("following", reader != null && follows.followsGroup(reader.accountId(), groupId));
        model.addAttribute("moderator", moderator);
        boolean admin = reader != null && reader.role() == Role.NETWORK_ADMIN;
        model.addAttribute("admin", admin);
        model.addAttribute("texts", admin ? GroupForm.of(group) : null);
        model.addAttribute("textErrors", FieldErrors.NONE);
        model.addAttribute("members", moderator ? groups.members(groupId) : List.<Membership>of());
        model.addAttribute("memberCount", groups.activeMembers(groupId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("language", reader == null ? language : reader.language());
    }

    @PostMapping("/{lang}/community/groups/{groupId}/join")
    @Access(Access.Audience.SIGNED_IN)
    String join(@PathVariable String lang, @PathVariable long groupId, RedirectAttributes redirect) {
        String back = "/" + lang + "/community/groups/" + groupId;
        return Pages.attempt(redirect, () -> back, null, () -> {
            Membership membership = community.join(groupId, authors.of(Pages.me()));
            redirect.addFlashAttribute("notice", membership.active() ? "community.group.joined" : "community.group.requested");
            return membership;
        });
    }

    @PostMapping("/{lang}/community/groups/{groupId}/leave")
    @Access(Access.Audience.SIGNED_IN)
    String leave(@PathVariable String lang, @PathVariable long groupId, RedirectAttributes redirect) {
        return Pages.attempt(redirect, "/" + lang + "/community/groups/" + groupId, "community.group.left",
                () -> community.leave(groupId, Pages.me().accountId()));
    }

    @PostMapping("/{lang}/community/groups/{groupId}/follow")
    @Access(Access.Audience.SIGNED_IN)
    String follow(@PathVariable String lang, @PathVariable long groupId, @RequestParam(defaultValue = "true") boolean follow,
                  RedirectAttributes redirect) {
        long me = Pages.me().accountId();
        if (groups.find(groupId).isPresent()) {
            if (follow) {
                follows.followGroup(me, groupId, clock.instant());
            } else {
                follows.stopGroup(me, groupId);
            }
            redirect.addFlashAttribute("notice", follow ? "community.follow.group" : "community.follow.groupStopped");
        }
        return "redirect:/" + lang + "/community/groups/" + groupId;
    }

    @PostMapping("/{lang}/community/groups/{groupId}/members/{accountId}")
    @Access(Access.Audience.SIGNED_IN)
    String member(@PathVariable String lang, @PathVariable long groupId, @PathVariable long accountId, @RequestParam String decision,
                  RedirectAttributes redirect) {
        SignedInUser me = Pages.me();
        return Pages.attempt(redirect, "/" + lang + "/community/groups/" + groupId, "community.member.decided", () -> {
            switch (decision) {
                case "accept" -> community.decideRequest(groupId, accountId, true, me);
                case "refuse" -> community.decideRequest(groupId, accountId, false, me);
                case "appoint" -> community.appoint(groupId, accountId, true, me);
                case "dismiss" -> community.appoint(groupId, accountId, false, me);
                default -> throw new CommunityRefused("community.refused.state");
            }
        });
    }

    @PostMapping("/{lang}/community/groups/{groupId}/mute")
    @Access(Access.Audience.SIGNED_IN)
    String mute(@PathVariable String lang, @PathVariable long groupId, @RequestParam long accountId,
                @RequestParam(defaultValue = "7") int days, @RequestParam(defaultValue = "") String reason,
                @RequestParam(required = false) Long discussion, RedirectAttributes redirect) {
        String back = discussion == null ? "/" + lang + "/community/groups/" + groupId : "/" + lang + "/community/discussions/" + discussion;
        return Pages.attempt(redirect, back, "community.member.muted",
                () -> community.mute(groupId, accountId, days, reason, Pages.me()));
    }

    @PostMapping("/{lang}/community/groups/{groupId}/discussions")
    @Access(Access.Audience.SIGNED_IN)
    String start(@PathVariable String lang, @PathVariable long groupId, @ModelAttribute("form") DiscussionForm form,
                 BindingResult binding, Model model, RedirectAttributes redirect) {
        SignedInUser me = Pages.me();
        Language language = Pages.tagged(form.getLanguage(), me.language());
        Discussion.ExchangeKind exchange = form.exchangeKind(binding);
        form.check(binding);
        if (binding.hasErrors()) {
            show(lang, groupId, 1, null, form, FieldErrors.of(binding), model);
            return "community/group";
        }
        try {
            long id = community.startDiscussion(groupId, authors.of(me),
                    new Community.NewDiscussion(form.getTitle(), form.getBody(), language, exchange));
            redirect.addFlashAttribute("notice", "community.discussion.started");
            return "redirect:/" + lang + "/community/discussions/" + id;
        } catch (CommunityRefused refused) {
            BindingResult failed = new BeanPropertyBindingResult(form, "form");
            failed.reject(refused.messageKey());
            show(lang, groupId, 1, null, form, FieldErrors.of(failed), model);
            return "community/group";
        }
    }
}
