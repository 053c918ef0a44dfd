package eu.cybersudoe.network;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectCalendarTest {

    final ProjectCalendar proposal = new ProjectCalendar(LocalDate.of(2008, 7, 1), LocalDate.of(2010, 12, 31),
            Semester.between(LocalDate.of(2008, 7, 1), LocalDate.of(2010, 12, 31)),
            List.of(new ProjectCalendar.PlannedMeeting("closing", LocalizedText.of(Language.FR, "Clôture"), "Montpellier",
                    LocalDate.of(2011, 11, 17), ProjectCalendar.PlannedMeeting.Kind.CLOSING_SEMINAR)));

    @Test
    void movesEverythingByWholeYearsToEndOnOrAfterADay() {
        ProjectCalendar demo = proposal.endingAfter(LocalDate.of(2026, 11, 26));
        assertThat(demo.start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(demo.end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(demo.semesters()).hasSize(5);
        assertThat(demo.semesters().getLast().contains(LocalDate.of(2026, 11, 26))).isTrue();
        assertThat(demo.meetings().getFirst().date()).isEqualTo(LocalDate.of(2027, 11, 17));
    }

    @Test
    void aDayAfterTheEndOfItsYearMovesOneYearMore() {
        ProjectCalendar june = new ProjectCalendar(LocalDate.of(2008, 1, 1), LocalDate.of(2010, 6, 30),
                Semester.between(LocalDate.of(2008, 1, 1), LocalDate.of(2010, 6, 30)), List.of());
        assertThat(june.endingAfter(LocalDate.of(2026, 11, 26)).end()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(june.endingAfter(LocalDate.of(2009, 1, 1))).isSameAs(june);
    }
}
