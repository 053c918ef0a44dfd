package eu.cybersudoe.community.internal;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/** One open group per active network theme, made at start when missing (never changed afterwards). */
@Component
class GroupSeed {

    private final Groups groups;
    private final Network network;
    private final MessageSource messages;
    private final Clock clock;

    GroupSeed(Groups groups, Network network, MessageSource messages, Clock clock) {
        this.groups = groups;
        this.network = network;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional
    public void seed() {
        for (Theme theme : network.themes(false)) {
            if (!groups.hasTheme(theme.code())) {
                Map<Language, String> description = new EnumMap<>(Language.class);
                for (Language language : Language.values()) {
                    description.put(language, messages.getMessage("community.group.themeDescription",
                            new Object[]{theme.name().in(language).text()}, language.locale()));
                }
                groups.insert(theme.code(), theme.name(), new LocalizedText(description, Language.DEFAULT), true, clock.instant());
            }
        }
    }
}
