package eu.cybersudoe.shared.web;

import eu.cybersudoe.shared.Language;

import java.util.List;
import java.util.Map;

/** The feeds of a page, for its head (implemented by the search module, which knows every feed). */
public interface AlternateFeeds {

    /**
     * @param pathWithinLanguage the page's path after the language
     * @param parameters         the page's query parameters, for a filtered list's filtered feed
     */
    List<AlternateFeed> of(Language language, String pathWithinLanguage, Map<String, String[]> parameters);
}
