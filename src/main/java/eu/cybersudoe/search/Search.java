package eu.cybersudoe.search;

/** Searches the index and keeps it up to date. */
public interface Search {

    /** Finds what matches the query within its scope; a blank query finds nothing. */
    SearchResults find(SearchQuery query);

    /** Starts a full rebuild from every source in the background, unless one is already running. */
    boolean startReindex();

    /** Where the last or running rebuild stands. */
    ReindexProgress progress();
}
