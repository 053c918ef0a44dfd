package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.search.FeedEntry;
import eu.cybersudoe.search.FeedFilter;
import eu.cybersudoe.search.FeedSource;
import eu.cybersudoe.shared.Language;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** The agenda's feed: the conferences announced, newest announcement first, a partner's, a theme's or a country's. */
@Component
class ConferenceFeedSource implements FeedSource {

    private static final int ENTRIES = 50;
    private static final Duration LOOK_BACK = Duration.ofDays(365);

    private final ConferenceStore conferences;
    private final ConferenceMails mails;
    private final Clock clock;

    ConferenceFeedSource(ConferenceStore conferences, ConferenceMails mails, Clock clock) {
        this.conferences = conferences;
        this.mails = mails;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "conferences";
    }

    @Override
    public String listPath() {
        return "/conferences";
    }

    @Override
    public String titleKey() {
        return "search.feed.conferences";
    }

    @Override
    public Set<Filter> filters() {
        return Set.of(Filter.PARTNER, Filter.THEME, Filter.COUNTRY);
    }

    @Override
    public List<FeedEntry> entries(Language language, FeedFilter filter) {
        return conferences.feed(filter.partner(), filter.theme(), filter.country(), clock.instant().minus(LOOK_BACK)).stream()
                .filter(c -> c.publishedAt() != null)
                .sorted(Comparator.comparing(Conference::publishedAt).reversed().thenComparing(Conference::id, Comparator.reverseOrder()))
                .limit(ENTRIES)
                .map(c -> entry(c, language))
                .toList();
    }

    private FeedEntry entry(Conference conference, Language language) {
        var title = conference.title().in(language);
        Instant updated = Stream.of(conference.publishedAt(), conference.cancelledAt(), conference.closedAt())
                .filter(Objects::nonNull).max(Instant::compareTo).orElseThrow();
        return new FeedEntry("conference-" + conference.id(), title.text(),
                mails.when(conference, language) + " · " + mails.where(conference, language) + "\n\n"
                        + conference.details().description().in(language).text(),
                null, "/conferences/" + conference.id(), title.language(), conference.publishedAt(), updated);
    }
}
