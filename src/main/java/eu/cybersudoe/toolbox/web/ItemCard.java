package eu.cybersudoe.toolbox.web;

import eu.cybersudoe.network.Theme;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.toolbox.internal.Item;
import eu.cybersudoe.toolbox.internal.ItemText;

import java.util.List;

/**
 * An item as a page shows it: the text in the reader's language when published, else another.
 *
 * @param shown       the text shown, or null when none is published (back office)
 * @param partnerName the author partner's short name
 * @param themes      its themes
 * @param sectors     the sectoral themes it targets
 * @param languages   the languages it is published in
 */
public record ItemCard(Item item, ItemText shown, String partnerName, List<Theme> themes, List<Theme> sectors, List<Language> languages) {

    /** The title to show: the published one, else the source's draft (back office). */
    public String title() {
        if (shown != null) {
            return shown.title();
        }
        ItemText source = item.sourceText();
        return source == null ? "" : source.title();
    }

    /** Whether the text shown is in another language than the reader's. */
    public boolean otherLanguage(Language reader) {
        return shown != null && shown.language() != reader;
    }
}
