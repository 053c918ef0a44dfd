package eu.cybersudoe.toolbox.internal;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.toolbox.ItemKind;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A toolbox item with its texts per language.
 *
 * @param sizes         the company sizes it targets ({@code micro}, {@code small}…; empty for all)
 * @param sectors       the sectoral themes it targets (empty for all)
 * @param sourceVersion grows each time the source language's text or file changes
 */
public record Item(long id, ItemKind kind, String partnerId, Language source, List<String> themes, List<String> sizes,
                   List<String> sectors, Level level, Licence licence, String link, String posterKey, int sourceVersion,
                   Instant createdAt, Map<Language, ItemText> texts) {

    /** The companies' size classes an item may target. */
    public static final List<String> SIZES = List.of("micro", "small", "medium", "large");

    public Item {
        themes = List.copyOf(themes);
        sizes = List.copyOf(sizes);
        sectors = List.copyOf(sectors);
        texts = Map.copyOf(texts);
    }

    public Optional<ItemText> text(Language language) {
        return Optional.ofNullable(texts.get(language));
    }

    public ItemText sourceText() {
        return texts.get(source);
    }

    public TextState state(Language language) {
        return text(language).map(ItemText::state).orElse(TextState.MISSING);
    }

    /** Whether visitors see the item: one of its texts is published. */
    public boolean visible() {
        return texts.values().stream().anyMatch(t -> t.state().visible());
    }

    /** The text a visitor reading this language sees: that language's, else the source's, else any visible one. */
    public Optional<ItemText> shownIn(Language language) {
        return text(language).filter(t -> t.state().visible())
                .or(() -> text(source).filter(t -> t.state().visible()))
                .or(() -> texts.values().stream().filter(t -> t.state().visible()).findFirst());
    }

    /** The video or document file to give a reader of the language: that language's, else the source's. */
    public Optional<ItemText> fileFor(Language language) {
        return text(language).filter(t -> t.state().visible() && t.fileKey() != null)
                .or(() -> text(source).filter(t -> t.state().visible() && t.fileKey() != null));
    }
}
