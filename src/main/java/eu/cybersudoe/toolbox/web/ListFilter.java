package eu.cybersudoe.toolbox.web;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.toolbox.ItemKind;
import eu.cybersudoe.toolbox.internal.Item;
import eu.cybersudoe.toolbox.internal.ItemSearch;

import java.util.Arrays;

/**
 * The public list's filters as typed in the address; anything unknown is ignored.
 *
 * @param target a company size or a sectoral theme
 */
public record ListFilter(String theme, String kind, String target, String language) {

    ItemSearch.Filter criteria(Network network) {
        String themeCode = network.theme(blankless(theme)).filter(Theme::active).map(Theme::code).orElse(null);
        ItemKind kindValue = Arrays.stream(ItemKind.values()).filter(k -> k.name().equalsIgnoreCase(blankless(kind))).findFirst()
                .orElse(null);
        String targetCode = target == null ? null : Item.SIZES.contains(target) ? target
                : network.theme(target).filter(t -> t.kind() == Theme.Kind.SECTORAL).map(Theme::code).orElse(null);
        Language languageValue = language == null ? null : Language.fromCode(language).orElse(null);
        return new ItemSearch.Filter(themeCode, kindValue, targetCode, languageValue, null);
    }

    /** The same filters in an address's query, without the page. */
    public String query() {
        StringBuilder query = new StringBuilder();
        append(query, "theme", theme);
        append(query, "kind", kind);
        append(query, "target", target);
        append(query, "language", language);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? "" : value;
    }
}
