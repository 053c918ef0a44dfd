package eu.cybersudoe.toolbox.web;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.toolbox.internal.Item;
import eu.cybersudoe.toolbox.internal.ItemText;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/** Makes {@link ItemCard}s with the network's names. */
@Component
class ItemCards {

    private final Network network;

    ItemCards(Network network) {
        this.network = network;
    }

    ItemCard of(Item item, Language reader) {
        ItemText shown = item.shownIn(reader).orElse(null);
        List<Language> languages = Arrays.stream(Language.values()).filter(l -> item.state(l).visible()).toList();
        return new ItemCard(item, shown, partnerName(item.partnerId()),
                themes(item.themes()), themes(item.sectors()), languages);
    }

    List<ItemCard> of(List<Item> items, Language reader) {
        return items.stream().map(item -> of(item, reader)).toList();
    }

    List<eu.cybersudoe.network.Theme> themes(List<String> codes) {
        return codes.stream().flatMap(code -> network.theme(code).stream()).toList();
    }

    String partnerName(String partnerId) {
        return network.partnerTyped(partnerId).map(Partner::shortName).orElse(partnerId);
    }
}
