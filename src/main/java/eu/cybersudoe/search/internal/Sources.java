package eu.cybersudoe.search.internal;

import eu.cybersudoe.search.SearchSource;
import eu.cybersudoe.search.Searchable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every {@link SearchSource} bean of the application, found at run time, one per kind. */
@Component
class Sources {

    private final ObjectProvider<SearchSource> sources;

    Sources(ObjectProvider<SearchSource> sources) {
        this.sources = sources;
    }

    List<SearchSource> all() {
        List<SearchSource> all = sources.orderedStream().toList();
        long kinds = all.stream().map(SearchSource::kind).distinct().count();
        if (kinds != all.size()) {
            throw new IllegalStateException("Two search sources declare the same kind: " + all.stream().map(SearchSource::kind).toList());
        }
        return all;
    }

    Optional<SearchSource> of(String kind) {
        return all().stream().filter(s -> s.kind().equals(kind)).findFirst();
    }

    /** Every document of every source. */
    Stream<Searchable> everything() {
        return all().stream().flatMap(SearchSource::all);
    }
}
