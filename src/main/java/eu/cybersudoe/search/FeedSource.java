package eu.cybersudoe.search;

import eu.cybersudoe.shared.Language;

import java.util.List;
import java.util.Set;

/**
 * Gives a public list its Atom feed. A module implements it as a Spring bean for each list it publishes; the feed is
 * served at {@code /{lang}/feeds/{name}.atom}, filtered as the list is, announced in the list page's head for feed
 * readers to discover, and listed in the OPML file of all feeds. A module added later has its feeds without any
 * change here.
 */
public interface FeedSource {

    /** The filters a feed (and its list) can take. */
    enum Filter {
        /** A partner's items, by its id. */
        PARTNER,
        /** A theme's items, by its code. */
        THEME,
        /** A country's items, by its code. */
        COUNTRY;

        /** The name of the query parameter, the same on the list page and on the feed. */
        public String parameter() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The feed's name in its address, short and stable ({@code conferences}). */
    String name();

    /** The list page the feed follows, within the language ({@code /conferences}). */
    String listPath();

    /** The message key of the feed's title. */
    String titleKey();

    /** The filters the feed takes (none: it has only its whole version). */
    Set<Filter> filters();

    /**
     * The entries in a language, newest first, at most a few dozen.
     *
     * @param filter the filters given, at most one value each; others are ignored
     */
    List<FeedEntry> entries(Language language, FeedFilter filter);
}
