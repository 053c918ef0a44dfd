package eu.cybersudoe.community.internal;

import eu.cybersudoe.accounts.AccountDirectory;
import eu.cybersudoe.accounts.AccountDirectory.AccountCard;
import eu.cybersudoe.shared.JobLeases;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Mailer;
import eu.cybersudoe.shared.mail.OutgoingMail;
import eu.cybersudoe.shared.markdown.MarkdownHtml;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells members what happened, after the deciding transaction's commit: a visible post goes on
 * the unread list of those following its discussion or group and, for those who chose it, is
 * mailed at once; the others get a daily digest (one node sends it, by lease). A moderation
 * decision is mailed to the member concerned. Mails are in the member's language, each thread
 * with its one-click "stop this thread" link.
 */
@Component
public class Notifications {

    static final String DIGEST_JOB = "community.digest";

    private final Discussions discussions;
    private final Follows follows;
    private final Activity activity;
    private final Preferences preferences;
    private final ModerationLog log;
    private final AccountDirectory accounts;
    private final ThreadTokens tokens;
    private final Mailer mailer;
    private final MessageSource messages;
    private final JobLeases leases;
    private final Clock clock;
    private final String baseUrl;

    Notifications(Discussions discussions, Follows follows, Activity activity, Preferences preferences, ModerationLog log,
                  AccountDirectory accounts, ThreadTokens tokens, Mailer mailer, MessageSource messages, JobLeases leases,
                  Clock clock, @Value("${cybersudoe.base-url}") String baseUrl) {
        this.discussions = discussions;
        this.follows = follows;
        this.activity = activity;
        this.preferences = preferences;
        this.log = log;
        this.accounts = accounts;
        this.tokens = tokens;
        this.mailer = mailer;
        this.messages = messages;
        this.leases = leases;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(Community.PostPublished published) {
        Post post = discussions.post(published.postId()).orElseThrow();
        Discussion discussion = discussions.find(post.discussionId()).orElseThrow();
        for (long account : follows.recipients(discussion.id(), discussion.groupId())) {
            if (post.by(account)) {
                continue;
            }
            activity.add(account, post.id(), Activity.Kind.POST, clock.instant());
            if (!preferences.of(account).digest()) {
                accounts.account(account).ifPresent(card -> sendPost(card, discussion, post));
                activity.mailed(activity.notMailed(account).stream().filter(i -> i.postId() == post.id())
                        .map(Activity.Item::id).toList(), clock.instant());
            }
        }
    }

    @ApplicationModuleListener
    void on(Community.ModerationDecided decided) {
        ModerationLog.Entry entry = log.find(decided.entryId()).orElseThrow();
        if (entry.memberId() == null) {
            return;
        }
        if (entry.postId() != null) {
            activity.add(entry.memberId(), entry.postId(), Activity.Kind.MODERATION, clock.instant());
        }
        accounts.account(entry.memberId()).ifPresent(card -> {
            Language language = card.language();
            String action = t(language, "community.moderation.action." + entry.action().name());
            Optional<Discussion> discussion = Optional.ofNullable(entry.postId()).flatMap(discussions::post)
                    .flatMap(p -> discussions.find(p.discussionId()));
            String where = discussion.map(d -> d.title() + "\n" + link(language, d)).orElse("");
            String text = t(language, "community.mail.decision.text", action, entry.reason(), where)
                    + "\n\n-- \n" + t(language, "mail.signature");
            mailer.send(OutgoingMail.of(card.email(), t(language, "community.mail.decision.subject", action), text, language,
                    "community.moderation"));
        });
    }

    /** Sends the daily digests, on one node: each member choosing it gets what they have not been mailed yet. */
    @Scheduled(cron = "${cybersudoe.community.digest-cron:0 0 6 * * *}")
    void dailyDigest() {
        if (leases.take(DIGEST_JOB, Duration.ofHours(1))) {
            sendDigests();
        }
    }

    /** Sends every digest owed now; returns how many were sent. */
    @Transactional
    public int sendDigests() {
        int sent = 0;
        for (long account : activity.awaitingDigest()) {
            if (!preferences.of(account).digest()) {
                continue;
            }
            List<Activity.Item> items = activity.notMailed(account);
            Optional<AccountCard> card = accounts.account(account);
            if (card.isPresent() && !items.isEmpty()) {
                sendDigest(card.get(), items);
                sent++;
            }
            activity.mailed(items.stream().map(Activity.Item::id).toList(), clock.instant());
        }
        return sent;
    }

    private void sendPost(AccountCard card, Discussion discussion, Post post) {
        Language language = card.language();
        String excerpt = MarkdownHtml.text(post.body()).strip();
        if (excerpt.length() > 600) {
            excerpt = excerpt.substring(0, 600) + "…";
        }
        String stop = stopLink(language, card.accountId(), discussion.id());
        String text = t(language, "community.mail.post.text", post.authorName() == null ? "" : post.authorName(), discussion.title(),
                excerpt, link(language, discussion)) + "\n\n" + t(language, "community.mail.stop", stop)
                + "\n" + t(language, "community.mail.settings", baseUrl + "/" + language.code() + "/community/activity")
                + "\n\n-- \n" + t(language, "mail.signature");
        mailer.send(OutgoingMail.of(card.email(), t(language, "community.mail.post.subject", discussion.title()), text, language,
                        "community.post")
                .withHeader("List-Unsubscribe", "<" + stop + ">")
                .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }

    private void sendDigest(AccountCard card, List<Activity.Item> items) {
        Language language = card.language();
        Map<Long, List<Activity.Item>> byDiscussion = new LinkedHashMap<>();
        items.forEach(i -> byDiscussion.computeIfAbsent(i.discussionId(), k -> new ArrayList<>()).add(i));
        StringBuilder text = new StringBuilder(t(language, "community.mail.digest.intro", items.size())).append("\n\n");
        for (Map.Entry<Long, List<Activity.Item>> thread : byDiscussion.entrySet()) {
            Activity.Item first = thread.getValue().getFirst();
            text.append("* ").append(t(language, "community.mail.digest.thread", first.discussionTitle(), thread.getValue().size()))
                    .append("\n  ").append(baseUrl).append('/').append(language.code()).append("/community/discussions/")
                    .append(thread.getKey()).append("\n  ")
                    .append(t(language, "community.mail.stop", stopLink(language, card.accountId(), thread.getKey())))
                    .append("\n\n");
        }
        text.append(t(language, "community.mail.settings", baseUrl + "/" + language.code() + "/community/activity"))
                .append("\n\n-- \n").append(t(language, "mail.signature"));
        mailer.send(OutgoingMail.of(card.email(), t(language, "community.mail.digest.subject", items.size()), text.toString(),
                language, "community.digest"));
    }

    private String link(Language language, Discussion discussion) {
        return baseUrl + "/" + language.code() + "/community/discussions/" + discussion.id();
    }

    private String stopLink(Language language, long account, long discussion) {
        return baseUrl + "/" + language.code() + "/community/stop/" + tokens.token(account, discussion);
    }

    private String t(Language language, String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }
}
