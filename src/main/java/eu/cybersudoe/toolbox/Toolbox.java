package eu.cybersudoe.toolbox;

import eu.cybersudoe.shared.Language;

import java.util.List;
import java.util.Optional;

/** Read access to the toolbox's published items for other modules (diagnostics' recommendations, practices). */
public interface Toolbox {

    /** The timeline kind of a guide downloaded by a signed-in company. */
    String GUIDE_DOWNLOADED = "toolbox.guide-downloaded";

    /** A published item (published in at least one language), or empty. */
    Optional<ToolboxItem> item(long id);

    /** Published items of a theme, those available in the language first, newest first, at most {@code limit}. */
    List<ToolboxItem> ofTheme(String theme, Language language, int limit);

    /** The public page of the toolbox filtered on a theme, a path after the language. */
    default String themeLink(String theme) {
        return "/toolbox/themes/" + theme;
    }
}
