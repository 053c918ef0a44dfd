package eu.cybersudoe.search.internal;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import eu.cybersudoe.search.FeedEntry;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A feed written as Atom 1.0 with Rome: an id, a title, the language, the last update, a link to itself and one to its
 * list; per entry a tag URI, a title, a link, published and updated dates, a summary and the content when there is one.
 */
public final class AtomDocument {

    public static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";

    private AtomDocument() {
    }

    /** When the feed last changed: its newest entry's update, or the epoch for an empty feed. */
    public static Instant updated(Feeds.Feed feed) {
        return feed.entries().stream().map(FeedEntry::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    public static String write(Feeds.Feed feed, Feeds feeds) {
        SyndFeed atom = new SyndFeedImpl();
        atom.setFeedType("atom_1.0");
        atom.setTitle(feed.title());
        atom.setLanguage(feed.language().code());
        atom.setUri(feed.href());
        atom.setLinks(List.of(link("self", feed.href(), "application/atom+xml"), link("alternate", feed.listHref(), "text/html")));
        atom.setPublishedDate(Date.from(updated(feed)));
        atom.setAuthor("CyberSudoe");
        List<SyndEntry> entries = new ArrayList<>();
        for (FeedEntry entry : feed.entries()) {
            SyndEntry item = new SyndEntryImpl();
            item.setTitle(entry.title());
            item.setLink(feeds.absolute("/" + feed.language().code() + entry.path()));
            item.setUri("tag:cybersudoe.eu,2026:" + entry.id());
            item.setPublishedDate(Date.from(entry.published()));
            item.setUpdatedDate(Date.from(entry.updated()));
            item.setAuthor("CyberSudoe");
            SyndContent summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(entry.summary() == null ? "" : entry.summary());
            item.setDescription(summary);
            if (entry.html() != null) {
                SyndContent content = new SyndContentImpl();
                content.setType("html");
                content.setValue(entry.html());
                item.setContents(List.of(content));
            }
            entries.add(item);
        }
        atom.setEntries(entries);
        try {
            // Rome writes no language on an Atom feed: it goes on the root element as xml:lang
            Document document = new WireFeedOutput().outputJDom(atom.createWireFeed());
            document.getRootElement().setAttribute("lang", feed.language().code(), Namespace.XML_NAMESPACE);
            return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(document);
        } catch (FeedException failed) {
            throw new IllegalStateException("Atom feed not written", failed);
        }
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
