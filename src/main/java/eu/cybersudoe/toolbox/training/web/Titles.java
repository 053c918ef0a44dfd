package eu.cybersudoe.toolbox.training.web;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;

import java.util.EnumMap;
import java.util.Map;

/** A title typed in the four languages; the first language given is its source. */
final class Titles {

    static final int MAX = 200;

    private Titles() {
    }

    static LocalizedText of(String fr, String es, String pt, String en) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        put(texts, Language.FR, fr);
        put(texts, Language.ES, es);
        put(texts, Language.PT, pt);
        put(texts, Language.EN, en);
        return texts.isEmpty() ? LocalizedText.of(Language.FR, "") : new LocalizedText(texts, texts.keySet().iterator().next());
    }

    private static void put(Map<Language, String> texts, Language language, String text) {
        if (text != null && !text.isBlank()) {
            texts.put(language, text.strip().length() > MAX ? text.strip().substring(0, MAX) : text.strip());
        }
    }
}
