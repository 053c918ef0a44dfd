package eu.cybersudoe.committees.internal;

import eu.cybersudoe.accounts.AccountDirectory;
import eu.cybersudoe.committees.Group;
import eu.cybersudoe.committees.GroupKind;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.documents.Outline;
import eu.cybersudoe.shared.documents.PdfDocuments;
import eu.cybersudoe.shared.documents.WordDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A meeting's minutes and a committee's decision register as documents (the shared skeleton:
 * tagged PDF and DOCX from one outline), in the meeting's language: attendance, the minutes of
 * each agenda item with the decisions and actions that relate to it, the approval.
 */
@Component
public class MinutesDocuments {

    private final MeetingStore meetings;
    private final RegisterStore register;
    private final MeetingTitles titles;
    private final AccountDirectory accounts;
    private final Network network;
    private final MessageSource messages;
    private final PdfDocuments pdfs;
    private final WordDocuments words;

    MinutesDocuments(MeetingStore meetings, RegisterStore register, MeetingTitles titles, AccountDirectory accounts, Network network,
                     MessageSource messages, PdfDocuments pdfs, WordDocuments words) {
        this.meetings = meetings;
        this.register = register;
        this.titles = titles;
        this.accounts = accounts;
        this.network = network;
        this.messages = messages;
        this.pdfs = pdfs;
        this.words = words;
    }

    public byte[] minutesPdf(Group group, Meeting meeting) {
        return pdfs.write(minutes(group, meeting));
    }

    public byte[] minutesDocx(Group group, Meeting meeting) {
        return words.write(minutes(group, meeting));
    }

    public byte[] registerPdf(Group group, Language language) {
        return pdfs.write(decisionRegister(group, language));
    }

    public byte[] registerDocx(Group group, Language language) {
        return words.write(decisionRegister(group, language));
    }

    /** The title of a meeting's minutes in a language, as the document names itself. */
    public String minutesTitle(Group group, Meeting meeting, Language l) {
        return t(l, "committees.doc.minutes", groupName(group, l), titles.title(meeting, l));
    }

    Outline minutes(Group group, Meeting meeting) {
        Language l = meeting.language();
        Outline.Builder outline = Outline.of(l, t(l, "committees.doc.minutes", groupName(group, l), titles.title(meeting, l)))
                .line(titles.when(meeting, l))
                .line(meeting.place() != null ? meeting.place() : meeting.webLink())
                .line(meeting.approved() ? t(l, "committees.doc.approved", meetings.find(meeting.approvedInId())
                        .map(at -> titles.title(at, l) + " — " + date(at.day(), l)).orElse(""))
                        : t(l, "committees.doc.draft"));
        outline.section(t(l, "committees.attendance.title"));
        List<List<String>> attendance = meetings.invitations(meeting.id()).stream().map(i -> List.of(name(i.accountId()),
                partner(i.partnerId()), i.attended() == null ? "" : t(l, "committees.attended." + i.attended().name()))).toList();
        if (attendance.isEmpty()) {
            outline.text(t(l, "committees.invitations.none"));
        } else {
            outline.table(List.of(t(l, "committees.members.name"), t(l, "committees.members.partner"), t(l, "committees.attendance.title")),
                    List.of(3, 2, 2), attendance);
        }
        List<Decision> decisions = register.decisionsOfMeeting(meeting.id());
        List<ActionItem> actions = register.actionsOfMeeting(meeting.id());
        for (MeetingStore.AgendaItem item : meetings.agenda(meeting.id())) {
            outline.section(item.order() + ". " + item.title());
            outline.text(item.minutes() == null ? t(l, "committees.minutes.noneForItem") : item.minutes());
            decisions.stream().filter(d -> Long.valueOf(item.id()).equals(d.agendaItemId()))
                    .forEach(d -> outline.labelled(decisionLabel(group, d, l), d.text()));
            actions.stream().filter(a -> Long.valueOf(item.id()).equals(a.agendaItemId()))
                    .forEach(a -> outline.labelled(t(l, "committees.doc.action"), actionLine(a, l)));
        }
        List<Decision> general = decisions.stream().filter(d -> d.agendaItemId() == null).toList();
        List<ActionItem> otherActions = actions.stream().filter(a -> a.agendaItemId() == null).toList();
        if (!general.isEmpty() || !otherActions.isEmpty()) {
            outline.section(t(l, "committees.doc.other"));
            general.forEach(d -> outline.labelled(decisionLabel(group, d, l), d.text()));
            otherActions.forEach(a -> outline.labelled(t(l, "committees.doc.action"), actionLine(a, l)));
        }
        return outline.build();
    }

    Outline decisionRegister(Group group, Language l) {
        Outline.Builder outline = Outline.of(l, t(l, "committees.doc.register", groupName(group, l)));
        List<Decision> decisions = register.decisionsOfGroup(group.id());
        Map<Long, Meeting> byId = meetings.allOfGroup(group.id()).stream().collect(Collectors.toMap(Meeting::id, Function.identity()));
        if (decisions.isEmpty()) {
            outline.text(t(l, "committees.decisions.none"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (Decision d : decisions) {
                Meeting at = byId.get(d.meetingId());
                rows.add(List.of(number(group, d), date(d.decidedOn(), l), d.text(), mode(d, l), at == null ? "" : titles.title(at, l)));
            }
            outline.table(List.of(t(l, "committees.decision.number"), t(l, "committees.meeting.date"), t(l, "committees.decision.text"),
                    t(l, "committees.decision.mode"), t(l, "committees.meeting.title")), List.of(1, 2, 6, 2, 3), rows);
        }
        return outline.build();
    }

    /** A decision's number as the register shows it, such as {@code CT-12}. */
    public String number(Group group, Decision decision) {
        return (group.kind() == GroupKind.STEERING ? "SC" : group.kind() == GroupKind.TECHNICAL ? "TC" : "WG") + "-" + decision.number();
    }

    private String decisionLabel(Group group, Decision d, Language l) {
        return t(l, "committees.doc.decision", number(group, d), mode(d, l));
    }

    private String mode(Decision d, Language l) {
        return d.mode() == Decision.Mode.CONSENSUS ? t(l, "committees.mode.CONSENSUS")
                : t(l, "committees.decision.votes", d.votesFor(), d.votesAgainst(), d.abstentions());
    }

    private String actionLine(ActionItem a, Language l) {
        return t(l, "committees.doc.actionLine", a.title(), name(a.ownerId()), date(a.dueOn(), l));
    }

    private String groupName(Group group, Language l) {
        return group.kind() == GroupKind.WORKING_GROUP ? group.name() : t(l, "committees.kind." + group.kind().name());
    }

    private String name(long accountId) {
        return accounts.account(accountId).map(AccountDirectory.AccountCard::displayName).orElse("#" + accountId);
    }

    private String partner(String id) {
        return id == null ? "" : network.partner(new PartnerId(id)).map(Partner::shortName).orElse(id);
    }

    private static String date(LocalDate day, Language l) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l.locale()));
    }

    private String t(Language l, String key, Object... args) {
        return messages.getMessage(key, args, l.locale());
    }
}
