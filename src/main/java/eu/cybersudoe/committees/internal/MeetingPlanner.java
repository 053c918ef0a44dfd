package eu.cybersudoe.committees.internal;

import eu.cybersudoe.committees.Group;
import eu.cybersudoe.committees.GroupKind;
import eu.cybersudoe.conferences.ConferenceDirectory;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.ProjectCalendar;
import eu.cybersudoe.network.ProjectCalendar.PlannedMeeting;
import eu.cybersudoe.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * Plans the committees' meetings from what the platform already knows, without ever recreating
 * one: the two committees themselves; each planned meeting of the project calendar, by its code
 * (a seminar brings both committees together, a committee meeting only its own); each committee
 * seminar of the conferences module, by its id, linked to the calendar's meeting of the same day
 * when there is one; and the web meeting series of {@link MeetingSeries}. Every meeting is added
 * in its own statement under a unique key, so that a restart or two nodes starting together add
 * each one once.
 */
@Component
public class MeetingPlanner {

    private static final Logger log = LoggerFactory.getLogger(MeetingPlanner.class);
    static final String STEERING = "steering";
    static final String TECHNICAL = "technical";
    private static final LocalTime PHYSICAL_START = LocalTime.of(9, 30);
    private static final int PHYSICAL_MINUTES = 360;

    private final GroupStore groups;
    private final MeetingStore meetings;
    private final Network network;
    private final ConferenceDirectory conferences;
    private final Clock clock;

    MeetingPlanner(GroupStore groups, MeetingStore meetings, Network network, ConferenceDirectory conferences, Clock clock) {
        this.groups = groups;
        this.meetings = meetings;
        this.network = network;
        this.conferences = conferences;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(40)
    public void onReady() {
        int added = plan();
        if (added > 0) {
            log.info("Committees: {} meetings planned", added);
        }
    }

    /** Adds what is missing; returns the number of meetings added. */
    public int plan() {
        groups.ensure(STEERING, GroupKind.STEERING, "Strategic steering committee", clock.instant());
        groups.ensure(TECHNICAL, GroupKind.TECHNICAL, "Technical committee", clock.instant());
        int added = 0;
        ProjectCalendar calendar = network.calendar();
        for (GroupKind kind : Set.of(GroupKind.STEERING, GroupKind.TECHNICAL)) {
            Group group = groups.ofKind(kind).orElseThrow();
            added += fromCalendar(group, calendar) + fromConferences(group) + series(group, calendar);
        }
        return added;
    }

    private int fromCalendar(Group group, ProjectCalendar calendar) {
        int added = 0;
        Set<String> known = new java.util.HashSet<>();
        meetings.allOfGroup(group.id()).forEach(m -> known.add(m.calendarCode()));
        for (PlannedMeeting planned : calendar.meetings()) {
            if (concerns(planned.kind(), group.kind()) && !known.contains(planned.code()) && meetings.add(new MeetingStore.NewMeeting(group.id(), Meeting.Format.PHYSICAL,
                    planned.date().atTime(PHYSICAL_START).atZone(MeetingSeries.ZONE).toInstant(), MeetingSeries.ZONE,
                    PHYSICAL_MINUTES, planned.city(), null, Language.FR, planned.code(), null, null), clock.instant())) {
                added++;
            }
        }
        return added;
    }

    private int fromConferences(Group group) {
        int added = 0;
        for (ConferenceDirectory.Seminar seminar : conferences.committeeSeminars()) {
            if (meetings.allOfGroup(group.id()).stream().anyMatch(m -> Long.valueOf(seminar.id()).equals(m.conferenceId()))) {
                continue;
            }
            ZoneId zone = seminar.zone();
            var sameDay = meetings.unlinkedPhysicalOn(group.id(), seminar.startsAt().atZone(zone).toLocalDate());
            if (sameDay.isPresent()) {
                meetings.linkConference(sameDay.get().id(), seminar.id());
            } else if (meetings.add(new MeetingStore.NewMeeting(group.id(), Meeting.Format.PHYSICAL, seminar.startsAt(), zone,
                    PHYSICAL_MINUTES, seminar.city(), null, Language.FR, null, seminar.id(), null), clock.instant())) {
                added++;
            }
        }
        return added;
    }

    private int series(Group group, ProjectCalendar calendar) {
        int added = 0;
        Set<String> known = new java.util.HashSet<>();
        meetings.allOfGroup(group.id()).forEach(m -> known.add(m.seriesMonth()));
        for (MeetingSeries.Planned planned : MeetingSeries.webMeetings(group.kind(), calendar)) {
            if (!known.contains(planned.month().toString()) && meetings.add(new MeetingStore.NewMeeting(group.id(), Meeting.Format.WEB, planned.start().atZone(planned.zone()).toInstant(),
                    planned.zone(), planned.durationMinutes(), null, null, Language.FR, null, null, planned.month().toString()),
                    clock.instant())) {
                added++;
            }
        }
        return added;
    }

    /** Whether a planned meeting of the calendar is one of the group's: seminars gather both committees. */
    static boolean concerns(PlannedMeeting.Kind planned, GroupKind group) {
        return switch (planned) {
            case LAUNCH_SEMINAR, CLOSING_SEMINAR, SEMINAR -> true;
            case STEERING_COMMITTEE -> group == GroupKind.STEERING;
            case TECHNICAL_COMMITTEE -> group == GroupKind.TECHNICAL;
        };
    }
}
