package eu.cybersudoe.network.internal;

import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerTargets;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The per-partner targets of the application file, by country: 10 awareness actions inventoried,
 * 20 awareness conferences, 100 companies accompanied by a French partner and 75 by a Spanish or
 * Portuguese one, 2 project managers trained.
 * <p>
 * A fallback only: once the {@code monitoring} module provides its own {@link PartnerTargets}
 * (targets loaded from its reference data), that bean is used instead and this one is ignored.
 */
@Component
@Fallback
class ProposalPartnerTargets implements PartnerTargets {

    private final MessageSource messages;

    ProposalPartnerTargets(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<PartnerTarget> of(Partner partner) {
        return List.of(
                target("awareness-actions", 10),
                target("conferences", 20),
                target("missions", partner.country() == Country.FR ? 100 : 75),
                target("project-managers-trained", 2));
    }

    private PartnerTarget target(String indicator, long value) {
        Map<Language, String> label = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            label.put(language, messages.getMessage("network.target." + indicator, null, language.locale()));
        }
        return new PartnerTarget(indicator, new LocalizedText(label, Language.EN), value);
    }
}
