package eu.cybersudoe.search.internal;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.SearchEntity;

/**
 * The last change of the change log the index includes, kept as the one document of an index of its own, so that it
 * is written with the documents it speaks of and lives where they do (a node's folder, or the shared cluster).
 */
@SearchEntity(name = "state")
@Indexed(index = IndexState.INDEX)
public final class IndexState {

    static final String INDEX = "search-state";
    static final String ID = "change-log";
    static final String CHANGE = "change";

    @DocumentId
    private final String id = ID;

    @GenericField(name = CHANGE, projectable = Projectable.YES, searchable = Searchable.NO)
    private final long change;

    IndexState(long change) {
        this.change = change;
    }

    public String getId() {
        return id;
    }

    public long getChange() {
        return change;
    }
}
