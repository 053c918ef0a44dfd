/**
 * Search and feeds (WEB-2, WEB-4): one index over what the platform publishes, in the four languages, and
 * an Atom feed for every public list. Content modules take part by implementing the two extension points
 * of this API, {@link eu.cybersudoe.search.SearchSource} and {@link eu.cybersudoe.search.FeedSource}, and by
 * publishing {@link eu.cybersudoe.search.SearchableChanged} when one of their documents changes; the module
 * never names them and never listens to their own events. Partners and themes are indexed from the
 * {@link eu.cybersudoe.network.Network} API. The query side is {@link eu.cybersudoe.search.Search}.
 * <p>
 * The module depends only on {@code shared} and {@code network}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search", allowedDependencies = {"shared", "network"})
package eu.cybersudoe.search;
