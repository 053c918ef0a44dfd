package eu.cybersudoe.missions.web;

import eu.cybersudoe.missions.internal.AdvisorCalendar;
import eu.cybersudoe.missions.internal.Mission;
import eu.cybersudoe.missions.internal.MissionStore;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.shared.web.DownloadNames;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The signed-in advisor's missions: a month calendar and an iCalendar file of all their missions. */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
class CalendarController {

    private final MissionStore store;
    private final MissionViews views;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    CalendarController(MissionStore store, MissionViews views, MessageSource messages, Clock clock,
                       @Value("${cybersudoe.base-url}") String baseUrl) {
        this.store = store;
        this.views = views;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/{lang}/office/missions/calendar")
    String month(@PathVariable String lang, @RequestParam(required = false) String month, Model model) {
        YearMonth shown = parse(month);
        SignedInUser user = MissionScope.user();
        List<Mission> missions = store.ofAdvisor(user.accountId(), shown.atDay(1), shown.atEndOfMonth());
        Language language = MissionScope.language(lang);
        model.addAttribute("month", shown);
        model.addAttribute("weeks", AdvisorCalendar.month(shown, missions));
        model.addAttribute("names", missions.stream().collect(java.util.stream.Collectors.toMap(Mission::id,
                m -> views.of(m, language).companyName() == null ? "#" + m.id() : views.of(m, language).companyName())));
        return "missions/calendar";
    }

    @GetMapping("/{lang}/office/missions/calendar.ics")
    ResponseEntity<byte[]> feed(@PathVariable String lang) {
        SignedInUser user = MissionScope.user();
        Language language = MissionScope.language(lang);
        List<Mission> missions = store.scheduledFor(user.accountId());
        String name = messages.getMessage("missions.calendar.feedName", null, language.locale());
        String ics = AdvisorCalendar.feed(missions, language, name, m -> {
            String company = views.of(m, language).companyName();
            return company == null ? "#" + m.id() : company;
        }, m -> baseUrl + "/" + language.code() + "/office/missions/" + m.id());
        return ReportDownloads.file(ics.getBytes(StandardCharsets.UTF_8), MediaType.parseMediaType("text/calendar;charset=UTF-8"),
                DownloadNames.of(messages, language, "files.missionsCalendar"));
    }

    private YearMonth parse(String month) {
        try {
            return month == null || month.isBlank() ? YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)) : YearMonth.parse(month);
        } catch (DateTimeParseException ignored) {
            return YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
        }
    }
}
