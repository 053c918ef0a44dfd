package eu.cybersudoe.toolbox.internal;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.toolbox.Toolbox;
import eu.cybersudoe.toolbox.ToolboxItem;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The toolbox's API: published items only. */
@Component
class ToolboxItems implements Toolbox {

    private final ItemStore store;
    private final ItemSearch search;

    ToolboxItems(ItemStore store, ItemSearch search) {
        this.store = store;
        this.search = search;
    }

    @Override
    public Optional<ToolboxItem> item(long id) {
        return store.find(id).filter(Item::visible).map(ToolboxItems::published);
    }

    @Override
    public List<ToolboxItem> ofTheme(String theme, Language language, int limit) {
        List<Item> items = search.published(new ItemSearch.Filter(theme, null, null, null, null), 1, Math.max(limit * 4, 20)).items();
        return items.stream()
                .sorted(Comparator.comparing((Item item) -> !item.state(language).visible()))
                .limit(limit).map(ToolboxItems::published).toList();
    }

    static ToolboxItem published(Item item) {
        Map<Language, String> titles = new EnumMap<>(Language.class);
        item.texts().values().stream().filter(t -> t.state().visible()).forEach(t -> titles.put(t.language(), t.title()));
        Set<Language> languages = titles.keySet();
        Language source = titles.containsKey(item.source()) ? item.source() : languages.iterator().next();
        return new ToolboxItem(item.id(), item.kind(), item.partnerId(), item.themes(), new LocalizedText(titles, source),
                languages.stream().collect(Collectors.toSet()), "/toolbox/items/" + item.id());
    }
}
