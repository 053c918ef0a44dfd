package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.newsletters.UpcomingEvent;
import eu.cybersudoe.newsletters.UpcomingEvents;
import eu.cybersudoe.shared.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The upcoming conferences a newsletter issue announces: those in the recipient's region first,
 * then in their country, soonest first, then the network's other upcoming ones, so that an
 * issue always shows what comes next. Titles in the language where written in it.
 */
@Component
class NewsletterEvents implements UpcomingEvents {

    private final ConferenceStore store;
    private final Clock clock;
    private final String baseUrl;

    NewsletterEvents(ConferenceStore store, Clock clock, @Value("${cybersudoe.base-url}") String baseUrl) {
        this.store = store;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public List<UpcomingEvent> upcomingFor(Language language, String country, String region, int limit) {
        Instant now = clock.instant();
        Map<Long, Conference> chosen = new LinkedHashMap<>();
        if (region != null) {
            addOpen(store.agenda(new AgendaQuery(false, null, region, null, null, null, null, null, null, 1), now), now,
                    chosen, limit);
        }
        if (country != null) {
            addOpen(store.agenda(new AgendaQuery(false, country, null, null, null, null, null, null, null, 1), now), now,
                    chosen, limit);
        }
        addOpen(store.agenda(AgendaQuery.upcoming(), now), now, chosen, limit);
        List<UpcomingEvent> events = new ArrayList<>(chosen.size());
        for (Conference conference : chosen.values()) {
            ConferenceDetails details = conference.details();
            events.add(new UpcomingEvent(conference.title().in(language).text(),
                    conference.startsAt().atZone(details.zone()).toLocalDate(), details.city(),
                    baseUrl + "/" + language.code() + "/conferences/" + conference.id()));
        }
        return events;
    }

    private static void addOpen(ConferencePage page, Instant now, Map<Long, Conference> chosen, int limit) {
        for (Conference conference : page.conferences()) {
            if (chosen.size() >= limit) {
                return;
            }
            if (conference.status() == ConferenceStatus.PUBLISHED && conference.startsAt().isAfter(now)) {
                chosen.putIfAbsent(conference.id(), conference);
            }
        }
    }
}
