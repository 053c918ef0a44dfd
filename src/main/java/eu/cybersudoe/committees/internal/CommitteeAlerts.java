package eu.cybersudoe.committees.internal;

import eu.cybersudoe.committees.Group;
import eu.cybersudoe.monitoring.AlertSeverity;
import eu.cybersudoe.monitoring.AlertSource;
import eu.cybersudoe.monitoring.RaisedAlert;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The committees' alerts on a day:
 * <ul>
 *   <li>{@code minutes-not-approved}: a held meeting whose minutes were written, or a held
 *       physical meeting, whose minutes are not approved although the group's next meeting was
 *       held by that day (a warning);</li>
 *   <li>{@code actions-overdue}: an open action past its due date, for the owner's partner (a
 *       warning, critical after 30 days);</li>
 *   <li>{@code deliverables-late}: a deliverable still owed after its due date, for its owner
 *       partner (a warning, critical after 60 days).</li>
 * </ul>
 */
@Component
class CommitteeAlerts implements AlertSource {

    private final GroupStore groups;
    private final MeetingStore meetings;
    private final RegisterStore register;
    private final DeliverableRegister deliverables;
    private final MeetingTitles titles;
    private final MessageSource messages;

    CommitteeAlerts(GroupStore groups, MeetingStore meetings, RegisterStore register, DeliverableRegister deliverables,
                    MeetingTitles titles, MessageSource messages) {
        this.groups = groups;
        this.meetings = meetings;
        this.register = register;
        this.deliverables = deliverables;
        this.titles = titles;
        this.messages = messages;
    }

    @Override
    public List<RaisedAlert> alertsOn(LocalDate day) {
        List<RaisedAlert> alerts = new ArrayList<>();
        var endOfDay = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (Group group : groups.all()) {
            List<Meeting> all = meetings.allOfGroup(group.id());
            for (int i = 0; i + 1 < all.size(); i++) {
                Meeting meeting = all.get(i);
                Meeting next = all.get(i + 1);
                if (!meeting.approved() && next.heldBy(endOfDay)
                        && (meeting.minutesWritten() || meeting.format() == Meeting.Format.PHYSICAL)) {
                    alerts.add(new RaisedAlert("minutes-not-approved", "meeting-" + meeting.id(), Optional.empty(),
                            AlertSeverity.WARNING, text(l -> t(l, "committees.alert.minutes", titles.title(meeting, l),
                            date(meeting.day(), l)))));
                }
            }
        }
        for (ActionItem action : register.overdue(day)) {
            long late = ChronoUnit.DAYS.between(action.dueOn(), day);
            alerts.add(new RaisedAlert("actions-overdue", "action-" + action.id(), partner(action.ownerPartnerId()),
                    late > 30 ? AlertSeverity.CRITICAL : AlertSeverity.WARNING,
                    text(l -> t(l, "committees.alert.action", action.title(), date(action.dueOn(), l)))));
        }
        for (Deliverable deliverable : deliverables.all()) {
            if (deliverable.lateOn(day)) {
                long late = ChronoUnit.DAYS.between(deliverable.dueOn(), day);
                alerts.add(new RaisedAlert("deliverables-late", "deliverable-" + deliverable.id(),
                        partner(deliverable.ownerPartnerId()), late > 60 ? AlertSeverity.CRITICAL : AlertSeverity.WARNING,
                        text(l -> t(l, "committees.alert.deliverable", deliverable.code(), deliverable.title(),
                                date(deliverable.dueOn(), l)))));
            }
        }
        return alerts;
    }

    private static Optional<PartnerId> partner(String id) {
        return id == null ? Optional.empty() : Optional.of(new PartnerId(id));
    }

    private static LocalizedText text(Function<Language, String> in) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, in.apply(language));
        }
        return new LocalizedText(texts, Language.DEFAULT);
    }

    private static String date(LocalDate day, Language language) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
    }

    private String t(Language language, String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }
}
