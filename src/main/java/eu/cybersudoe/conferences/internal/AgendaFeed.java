package eu.cybersudoe.conferences.internal;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import eu.cybersudoe.shared.Language;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

/** The Atom feed of newly announced conferences, written with Rome. */
public final class AgendaFeed {

    public static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";

    private AgendaFeed() {
    }

    /**
     * The feed, newest announcement first.
     *
     * @param self    the feed's own address
     * @param link    the public page of a conference
     * @param summary a conference's summary line (date, time and place)
     */
    public static String atom(List<Conference> conferences, Language language, String title, String self, String home,
                              Function<Conference, String> link, Function<Conference, String> summary) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setLanguage(language.code());
        feed.setUri(self);
        feed.setLink(home);
        SyndLink selfLink = new SyndLinkImpl();
        selfLink.setRel("self");
        selfLink.setHref(self);
        SyndLink alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(home);
        feed.setLinks(List.of(selfLink, alternate));
        Instant updated = conferences.stream().map(Conference::publishedAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(Instant.EPOCH);
        feed.setPublishedDate(Date.from(updated));
        List<SyndEntry> entries = new ArrayList<>();
        for (Conference conference : conferences) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(conference.title().in(language).text());
            entry.setLink(link.apply(conference));
            entry.setUri("tag:cybersudoe.eu,2026:conference-" + conference.id());
            entry.setPublishedDate(Date.from(conference.publishedAt()));
            entry.setUpdatedDate(Date.from(conference.cancelledAt() != null ? conference.cancelledAt() : conference.publishedAt()));
            entry.setAuthor("CyberSudoe");
            SyndContent description = new SyndContentImpl();
            description.setType("text/plain");
            description.setValue(summary.apply(conference) + "\n\n" + conference.details().description().in(language).text());
            entry.setDescription(description);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException failed) {
            throw new IllegalStateException("Atom feed not written", failed);
        }
    }
}
