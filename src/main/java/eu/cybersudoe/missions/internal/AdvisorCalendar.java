package eu.cybersudoe.missions.internal;

import eu.cybersudoe.shared.Language;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An advisor's missions as a month grid and as an iCalendar feed (whole-day events, ical4j). */
public final class AdvisorCalendar {

    private AdvisorCalendar() {
    }

    /** One day of the grid: null day for the cells outside the month. */
    public record Day(LocalDate day, List<Mission> missions) {
    }

    /** The weeks of a month, Monday first, each with seven cells. */
    public static List<List<Day>> month(YearMonth month, List<Mission> missions) {
        Map<LocalDate, List<Mission>> byDay = missions.stream().collect(Collectors.groupingBy(AdvisorCalendar::dayOf));
        List<List<Day>> weeks = new ArrayList<>();
        LocalDate cursor = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!cursor.isAfter(month.atEndOfMonth())) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate day = cursor.plusDays(i);
                week.add(YearMonth.from(day).equals(month) ? new Day(day, byDay.getOrDefault(day, List.of())) : new Day(null, List.of()));
            }
            weeks.add(week);
            cursor = cursor.plusWeeks(1);
        }
        return weeks;
    }

    /** The day a mission takes place: held, or else scheduled. */
    public static LocalDate dayOf(Mission mission) {
        return mission.heldOn() != null ? mission.heldOn() : mission.schedule().day();
    }

    /**
     * The feed of an advisor's missions, each a whole-day event lasting its planned days.
     *
     * @param summary a mission's title (the company's name)
     * @param link    the address of its page
     */
    public static String feed(List<Mission> missions, Language language, String name, Function<Mission, String> summary,
                              Function<Mission, String> link) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//CyberSudoe//Missions//" + language.code().toUpperCase()));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (Mission mission : missions) {
            LocalDate start = dayOf(mission);
            BigDecimal days = mission.actualDays() != null ? mission.actualDays() : mission.schedule().plannedDays();
            int length = days == null ? 1 : Math.max(1, days.setScale(0, RoundingMode.CEILING).intValue());
            VEvent event = new VEvent(start, start.plusDays(length), summary.apply(mission));
            event.add(new Uid("mission-" + mission.id() + "@cybersudoe.eu"));
            event.add(new Description(link.apply(mission)));
            event.add(new Url(URI.create(link.apply(mission))));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return out.toString();
    }
}
