package eu.cybersudoe.search.internal;

import eu.cybersudoe.search.Searchable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.SearchEntity;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

/**
 * A {@link Searchable} as Hibernate Search's standalone POJO mapper indexes it: one document per item and language,
 * identified by the item's key and the language ({@code conference:12:fr}), its fields written by
 * {@link DocumentBinder}.
 */
@SearchEntity(name = "document")
@Indexed(index = IndexedDocument.INDEX)
@TypeBinding(binder = @TypeBinderRef(type = DocumentBinder.class))
public final class IndexedDocument {

    static final String INDEX = "search-documents";

    @DocumentId
    private final String id;
    private final Searchable searchable;

    IndexedDocument(Searchable searchable) {
        this.id = id(searchable.key(), searchable.language().code());
        this.searchable = searchable;
    }

    static String id(String key, String language) {
        return key + ":" + language;
    }

    public String getId() {
        return id;
    }

    Searchable searchable() {
        return searchable;
    }
}
