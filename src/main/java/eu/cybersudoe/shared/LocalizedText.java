package eu.cybersudoe.shared;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A content text written in one or more of the platform's languages.
 * Reading it in a language falls back to the source language, then to any language,
 * and says when it did so, so that pages can mark the fallback.
 *
 * @param texts  the text per language (blank texts are dropped)
 * @param source the language the content was written in
 */
public record LocalizedText(Map<Language, String> texts, Language source) {

    public LocalizedText {
        Objects.requireNonNull(source, "source");
        EnumMap<Language, String> clean = new EnumMap<>(Language.class);
        if (texts != null) {
            texts.forEach((language, text) -> {
                if (language != null && text != null && !text.isBlank()) {
                    clean.put(language, text.strip());
                }
            });
        }
        texts = Collections.unmodifiableMap(clean);
    }

    /** A text in one language only. */
    public static LocalizedText of(Language language, String text) {
        return new LocalizedText(Map.of(language, text), language);
    }

    /** The text to show to a reader of {@code language}. */
    public Shown in(Language language) {
        String asked = texts.get(language);
        if (asked != null) {
            return new Shown(asked, language, false);
        }
        String original = texts.get(source);
        if (original != null) {
            return new Shown(original, source, true);
        }
        return texts.entrySet().stream().findFirst()
                .map(e -> new Shown(e.getValue(), e.getKey(), true))
                .orElse(new Shown("", language, false));
    }

    /** Whether the text exists in that language, not through a fallback. */
    public boolean has(Language language) {
        return texts.containsKey(language);
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /**
     * A text as shown to a reader.
     *
     * @param text     the words
     * @param language the language they are in
     * @param fallback true when it is not the language the reader asked for
     */
    public record Shown(String text, Language language, boolean fallback) {
        @Override
        public String toString() {
            return text;
        }
    }
}
