package eu.cybersudoe.committees.internal;

import eu.cybersudoe.accounts.AccountDirectory;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Mailer;
import eu.cybersudoe.shared.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The committees' e-mails, each in the recipient's own language, sent once the change that owes
 * them has committed: invitations with the meeting's calendar file, action reminders. A relay
 * outage leaves the publication incomplete, to be retried.
 */
@Component
class CommitteeMails {

    private final Mailer mailer;
    private final MessageSource messages;
    private final AccountDirectory accounts;
    private final MeetingStore meetings;
    private final RegisterStore register;
    private final MeetingTitles titles;
    private final String baseUrl;

    CommitteeMails(Mailer mailer, MessageSource messages, AccountDirectory accounts, MeetingStore meetings, RegisterStore register,
                   MeetingTitles titles, @Value("${cybersudoe.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.accounts = accounts;
        this.meetings = meetings;
        this.register = register;
        this.titles = titles;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(CommitteeEvents.InvitationsDue due) {
        Meeting meeting = meetings.find(due.meetingId()).orElseThrow();
        for (long accountId : due.accountIds()) {
            accounts.account(accountId).ifPresent(card -> {
                Language language = card.language();
                String title = titles.title(meeting, language);
                String link = url(language, "/office/committees/" + meeting.groupId() + "/meetings/" + meeting.id());
                String where = meeting.place() != null ? meeting.place()
                        : meeting.webLink() != null ? meeting.webLink() : t(language, "committees.meeting.linkToCome");
                String text = t(language, "committees.mail.invitation.text", card.displayName(), title,
                        titles.when(meeting, language), where, link) + "\n\n-- \n" + t(language, "mail.signature");
                mailer.send(OutgoingMail.of(card.email(), t(language, "committees.mail.invitation.subject", title), text, language,
                                "committee.invitation").withToName(card.displayName())
                        .withAttachment(new OutgoingMail.Attachment("meeting-" + meeting.id() + ".ics", "text/calendar",
                                MeetingCalendarFile.of(meeting, language, title, link).getBytes(StandardCharsets.UTF_8))));
            });
        }
    }

    @ApplicationModuleListener
    void on(CommitteeEvents.ActionReminderDue due) {
        ActionItem action = register.action(due.actionId()).orElseThrow();
        accounts.account(action.ownerId()).ifPresent(card -> {
            Language language = card.language();
            String dueOn = action.dueOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
            String text = t(language, "committees.mail.reminder.text", card.displayName(), action.title(), dueOn,
                    url(language, "/office/my-actions")) + "\n\n-- \n" + t(language, "mail.signature");
            mailer.send(OutgoingMail.of(card.email(), t(language, "committees.mail.reminder.subject", dueOn), text, language,
                    "committee.action-reminder").withToName(card.displayName()));
        });
    }

    private String url(Language language, String path) {
        return baseUrl + "/" + language.code() + path;
    }

    private String t(Language language, String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }
}
