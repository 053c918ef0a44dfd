package eu.cybersudoe.toolbox;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;

import java.util.List;
import java.util.Set;

/**
 * A published toolbox item as other modules see it.
 *
 * @param id        its identifier
 * @param kind      guide, video, tool or article
 * @param partnerId the author partner
 * @param themes    the codes of its network themes
 * @param title     its title in the languages it is published in
 * @param languages the languages it is published in
 * @param link      its public page, a path after the language ({@code /toolbox/items/12})
 */
public record ToolboxItem(long id, ItemKind kind, String partnerId, List<String> themes, LocalizedText title,
                          Set<Language> languages, String link) {

    public ToolboxItem {
        themes = List.copyOf(themes);
        languages = Set.copyOf(languages);
    }
}
