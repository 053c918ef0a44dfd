package eu.cybersudoe.search;

import java.util.List;
import java.util.stream.Stream;

/**
 * Makes a module's items searchable. A module implements it as a Spring bean; the index finds every such
 * bean at run time, so that a module added later is searchable without any change here. A source publishes
 * {@link SearchableChanged} when an item changes, and answers {@link #documents(String)} with what the item
 * is now.
 */
public interface SearchSource {

    /** The kind of items, short and stable ({@code conference}, {@code newsletter}…); one source per kind. */
    String kind();

    /** Every searchable document of the kind, for a full rebuild. */
    Stream<Searchable> all();

    /** The documents of one item as they are now: none when it is gone or no longer searchable. */
    List<Searchable> documents(String id);
}
