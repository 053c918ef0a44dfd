package eu.cybersudoe.community.internal;

import eu.cybersudoe.accounts.AccountDirectory;
import eu.cybersudoe.accounts.AccountDirectory.AccountCard;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Mailer;
import eu.cybersudoe.shared.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Tells a group's moderators, after the commit, that a post waits for their approval: one mail
 * to each, in their language, with the link to the moderation queue; at most one such round per
 * group per hour (claimed on the group row, so that two nodes never both mail), the queue
 * showing everything that came in meanwhile.
 */
@Component
class PendingNotices {

    private final Discussions discussions;
    private final Groups groups;
    private final AccountDirectory accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;
    private final Duration quiet;
    private final String baseUrl;

    PendingNotices(Discussions discussions, Groups groups, AccountDirectory accounts, Mailer mailer, MessageSource messages,
                   Clock clock, @Value("${cybersudoe.community.pending-mail-interval:PT1H}") Duration quiet,
                   @Value("${cybersudoe.base-url}") String baseUrl) {
        this.discussions = discussions;
        this.groups = groups;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.quiet = quiet;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(Community.PostHeld held) {
        Post post = discussions.post(held.postId()).orElse(null);
        if (post == null || post.status() != PostStatus.PENDING) {
            return;
        }
        Long groupId = discussions.find(post.discussionId()).map(Discussion::groupId).orElse(null);
        if (groupId == null || !groups.claimPendingMail(groupId, clock.instant(), quiet)) {
            return;
        }
        groups.members(groupId).stream().filter(m -> m.active() && m.moderator())
                .forEach(m -> accounts.account(m.accountId()).ifPresent(card -> send(card, groupId)));
    }

    private void send(AccountCard card, long groupId) {
        Language language = card.language();
        String group = groups.find(groupId).orElseThrow().name().in(language).text();
        String text = t(language, "community.mail.pending.text", group, baseUrl + "/" + language.code() + "/community/moderation")
                + "\n\n-- \n" + t(language, "mail.signature");
        mailer.send(OutgoingMail.of(card.email(), t(language, "community.mail.pending.subject", group), text, language,
                "community.pending"));
    }

    private String t(Language language, String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }
}
