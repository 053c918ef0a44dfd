package eu.cybersudoe.search.internal;

import eu.cybersudoe.search.Searchable;
import eu.cybersudoe.shared.Language;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a document: the item's identity, kind, language, themes, countries, partners and whether only staff
 * see it as keywords; its page and date as stored values; and per language ({@code title_fr}, {@code text_fr},
 * {@code all_fr}…) the title, the text and both together analysed by that language's analyser, of which a document
 * fills its own language's only; and the whole words of the title and text for spelling suggestions.
 */
public final class DocumentBinder implements TypeBinder {

    static final String KEY = "key";
    static final String KIND = "kind";
    static final String ID = "item";
    static final String LANGUAGE = "lang";
    static final String THEME = "theme";
    static final String COUNTRY = "country";
    static final String PARTNER = "partner";
    static final String STAFF = "staff";
    static final String PATH = "path";
    static final String DATE = "date";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String ALL = "all";
    static final String SPELL = "spell";

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().useRootOnly();
        IndexSchemaElement schema = context.indexSchemaElement();
        IndexFieldTypeFactory types = context.typeFactory();
        var keyword = types.asString().projectable(Projectable.YES).toIndexFieldType();
        var stored = types.asString().projectable(Projectable.YES)
                .searchable(org.hibernate.search.engine.backend.types.Searchable.NO).toIndexFieldType();
        Fields fields = new Fields(
                schema.field(KEY, keyword).toReference(),
                schema.field(KIND, keyword).toReference(),
                schema.field(ID, stored).toReference(),
                schema.field(LANGUAGE, keyword).toReference(),
                schema.field(THEME, keyword).multiValued().toReference(),
                schema.field(COUNTRY, keyword).multiValued().toReference(),
                schema.field(PARTNER, types.asString()).multiValued().toReference(),
                schema.field(STAFF, types.asBoolean()).toReference(),
                schema.field(PATH, stored).toReference(),
                schema.field(DATE, types.asInstant().projectable(Projectable.YES)
                        .searchable(org.hibernate.search.engine.backend.types.Searchable.NO)).toReference(),
                new EnumMap<>(Language.class), new EnumMap<>(Language.class), new EnumMap<>(Language.class),
                schema.field(SPELL, types.asString().analyzer(LanguageAnalyzers.WORDS_NAME).projectable(Projectable.YES))
                        .toReference());
        for (Language language : Language.values()) {
            String analyzer = LanguageAnalyzers.name(language);
            var shown = types.asString().analyzer(analyzer).projectable(Projectable.YES)
                    .highlightable(List.of(Highlightable.PLAIN)).toIndexFieldType();
            fields.titles().put(language, schema.field(LanguageAnalyzers.field(TITLE, language), shown).toReference());
            fields.texts().put(language, schema.field(LanguageAnalyzers.field(TEXT, language), shown).toReference());
            fields.alls().put(language, schema.field(LanguageAnalyzers.field(ALL, language),
                    types.asString().analyzer(analyzer)).toReference());
        }
        context.bridge(IndexedDocument.class, new Writer(fields));
    }

    private record Fields(IndexFieldReference<String> key, IndexFieldReference<String> kind, IndexFieldReference<String> id,
                          IndexFieldReference<String> language, IndexFieldReference<String> theme,
                          IndexFieldReference<String> country, IndexFieldReference<String> partner,
                          IndexFieldReference<Boolean> staff, IndexFieldReference<String> path,
                          IndexFieldReference<Instant> date, Map<Language, IndexFieldReference<String>> titles,
                          Map<Language, IndexFieldReference<String>> texts, Map<Language, IndexFieldReference<String>> alls,
                          IndexFieldReference<String> spell) {
    }

    private record Writer(Fields fields) implements TypeBridge<IndexedDocument> {

        @Override
        public void write(DocumentElement target, IndexedDocument document, TypeBridgeWriteContext context) {
            Searchable item = document.searchable();
            target.addValue(fields.key(), item.key());
            target.addValue(fields.kind(), item.kind());
            target.addValue(fields.id(), item.id());
            target.addValue(fields.language(), item.language().code());
            item.themes().forEach(theme -> target.addValue(fields.theme(), theme));
            item.countries().forEach(country -> target.addValue(fields.country(), country));
            item.partners().forEach(partner -> target.addValue(fields.partner(), partner));
            target.addValue(fields.staff(), item.staffOnly());
            target.addValue(fields.path(), item.path());
            if (item.date() != null) {
                target.addValue(fields.date(), item.date());
            }
            target.addValue(fields.titles().get(item.language()), item.title());
            target.addValue(fields.texts().get(item.language()), item.text());
            target.addValue(fields.alls().get(item.language()), item.title() + "\n" + item.text());
            target.addValue(fields.spell(), item.title() + "\n" + item.text());
        }
    }
}
