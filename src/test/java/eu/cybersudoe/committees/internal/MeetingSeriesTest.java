package eu.cybersudoe.committees.internal;

import eu.cybersudoe.committees.GroupKind;
import eu.cybersudoe.network.ProjectCalendar;
import eu.cybersudoe.network.Semester;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The web meeting series follow the proposal's rhythm across the project's span. */
class MeetingSeriesTest {

    final ProjectCalendar calendar = new ProjectCalendar(LocalDate.of(2008, 7, 1), LocalDate.of(2010, 12, 31),
            Semester.between(LocalDate.of(2008, 7, 1), LocalDate.of(2010, 12, 31)), List.of());

    @Test
    void technicalCommitteeMeetsMonthlyExceptAugustAndDecember() {
        List<MeetingSeries.Planned> planned = MeetingSeries.webMeetings(GroupKind.TECHNICAL, calendar);
        assertThat(planned).hasSize(30 - 3 - 3);
        assertThat(planned).noneMatch(p -> p.month().getMonth() == Month.AUGUST || p.month().getMonth() == Month.DECEMBER);
        assertThat(planned).allMatch(p -> p.start().getDayOfWeek() == DayOfWeek.TUESDAY && p.start().getDayOfMonth() <= 7);
        assertThat(planned.stream().map(MeetingSeries.Planned::month).distinct()).hasSameSizeAs(planned);
    }

    @Test
    void steeringCommitteeMeetsEveryQuarter() {
        List<MeetingSeries.Planned> planned = MeetingSeries.webMeetings(GroupKind.STEERING, calendar);
        assertThat(planned).extracting(p -> p.month().toString()).containsExactly("2008-09", "2008-12", "2009-03", "2009-06",
                "2009-09", "2009-12", "2010-03", "2010-06", "2010-09", "2010-12");
        assertThat(planned).allMatch(p -> p.start().getDayOfWeek() == DayOfWeek.THURSDAY);
    }

    @Test
    void daysOutsideTheProjectAreLeftOut() {
        ProjectCalendar late = new ProjectCalendar(LocalDate.of(2009, 3, 20), LocalDate.of(2009, 6, 1),
                Semester.between(LocalDate.of(2009, 3, 20), LocalDate.of(2009, 6, 1)), List.of());
        assertThat(MeetingSeries.webMeetings(GroupKind.TECHNICAL, late)).extracting(p -> p.month().toString())
                .containsExactly("2009-04", "2009-05");
        assertThat(MeetingSeries.webMeetings(GroupKind.WORKING_GROUP, late)).isEmpty();
    }

    @Test
    void seminarsGatherBothCommitteesAndCommitteeMeetingsOnlyTheirOwn() {
        assertThat(MeetingPlanner.concerns(ProjectCalendar.PlannedMeeting.Kind.SEMINAR, GroupKind.STEERING)).isTrue();
        assertThat(MeetingPlanner.concerns(ProjectCalendar.PlannedMeeting.Kind.SEMINAR, GroupKind.TECHNICAL)).isTrue();
        assertThat(MeetingPlanner.concerns(ProjectCalendar.PlannedMeeting.Kind.STEERING_COMMITTEE, GroupKind.TECHNICAL)).isFalse();
    }
}
