package eu.cybersudoe.toolbox.web;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.toolbox.ItemKind;
import eu.cybersudoe.toolbox.internal.Item;
import eu.cybersudoe.toolbox.internal.ItemStore;
import eu.cybersudoe.toolbox.internal.Level;
import eu.cybersudoe.toolbox.internal.Licence;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the item form holds as typed, checked field by field. */
public record ItemForm(String kind, String source, List<String> themes, List<String> sizes, List<String> sectors, String level,
                       String licence, String link, String title, String summary, String body) {

    public ItemForm {
        themes = themes == null ? List.of() : themes;
        sizes = sizes == null ? List.of() : sizes;
        sectors = sectors == null ? List.of() : sectors;
        kind = kind == null ? "" : kind;
        source = source == null ? "" : source;
        level = level == null ? "" : level;
        licence = licence == null ? "" : licence;
        link = link == null ? "" : link.strip();
        title = title == null ? "" : title.strip();
        summary = summary == null ? "" : summary.strip();
        body = body == null ? "" : body;
    }

    static ItemForm of(Item item) {
        return new ItemForm(item.kind().name(), item.source().code(), item.themes(), item.sizes(), item.sectors(), item.level().name(),
                item.licence().name(), item.link() == null ? "" : item.link(), "", "", "");
    }

    /** The errors per field (message keys), empty when the form is right. */
    Map<String, String> errors(Network network, boolean withText) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (withText && kindValue() == null) {
            errors.put("kind", "toolbox.form.error.kind");
        }
        if (withText && Language.fromCode(source).isEmpty()) {
            errors.put("source", "toolbox.form.error.source");
        }
        if (themes.isEmpty() || !themes.stream().allMatch(t -> network.theme(t).filter(Theme::active).isPresent())) {
            errors.put("themes", "toolbox.form.error.themes");
        }
        if (!Item.SIZES.containsAll(sizes)) {
            errors.put("sizes", "toolbox.form.error.sizes");
        }
        if (!sectors.stream().allMatch(t -> network.theme(t).filter(th -> th.kind() == Theme.Kind.SECTORAL).isPresent())) {
            errors.put("sectors", "toolbox.form.error.sectors");
        }
        if (levelValue() == null) {
            errors.put("level", "toolbox.form.error.level");
        }
        if (licenceValue() == null) {
            errors.put("licence", "toolbox.form.error.licence");
        }
        if (!link.isEmpty() && !isHttps(link)) {
            errors.put("link", "toolbox.form.error.link");
        }
        if (withText) {
            errors.putAll(textErrors(title, summary, body));
        }
        return errors;
    }

    static Map<String, String> textErrors(String title, String summary, String body) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.isBlank() || title.length() > 300) {
            errors.put("title", "toolbox.form.error.title");
        }
        if (summary.length() > 2000) {
            errors.put("summary", "toolbox.form.error.summary");
        }
        if (body.length() > 100_000) {
            errors.put("body", "toolbox.form.error.body");
        }
        return errors;
    }

    ItemStore.Properties properties() {
        return new ItemStore.Properties(new ArrayList<>(themes), new ArrayList<>(sizes), new ArrayList<>(sectors), levelValue(),
                licenceValue(), link.isEmpty() ? null : link);
    }

    ItemKind kindValue() {
        return enumValue(ItemKind.class, kind);
    }

    Level levelValue() {
        return enumValue(Level.class, level);
    }

    Licence licenceValue() {
        return enumValue(Licence.class, licence);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }

    private static boolean isHttps(String link) {
        try {
            URI uri = URI.create(link);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && link.length() <= 1000;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
