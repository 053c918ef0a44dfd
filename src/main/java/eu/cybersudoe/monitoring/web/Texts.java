package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.springframework.context.MessageSource;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** A message of the bundles in the four languages at once, for texts handed to other parts of the platform. */
final class Texts {

    private Texts() {
    }

    static LocalizedText all(MessageSource messages, String key, Object... args) {
        return each(messages, key, language -> args);
    }

    /** A message whose arguments depend on the language (names of indicators, dates). */
    static LocalizedText each(MessageSource messages, String key, Function<Language, Object[]> args) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, messages.getMessage(key, args.apply(language), language.locale()));
        }
        return new LocalizedText(texts, Language.DEFAULT);
    }
}
