package eu.cybersudoe.search.internal;

import eu.cybersudoe.search.SearchQuery;
import eu.cybersudoe.search.SearchScope;
import eu.cybersudoe.search.Searchable;
import eu.cybersudoe.shared.Language;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The backends: the Lucene index in a folder survives a restart with its cursor; the Elasticsearch one is chosen by configuration. */
class SearchBackendTest {

    @Test
    void aFolderIndexKeepsItsDocumentsAndCursorAcrossARestart(@TempDir Path folder) {
        try (SearchIndex index = SearchIndex.inFolder(folder)) {
            index.rebuild(Stream.of(new Searchable("conference", "1", Language.PT, "Formação em cibersegurança", "",
                    "/conferences/1", List.of(), List.of("PT"), List.of(), null, false)), 42, () -> { });
        }
        try (SearchIndex reopened = SearchIndex.inFolder(folder)) {
            assertThat(reopened.cursor()).contains(42L);
            assertThat(reopened.find(new SearchQuery("formacao", Language.PT, null, null, null, 1, SearchScope.PUBLIC)).total())
                    .isEqualTo(1);
        }
    }

    @Test
    void luceneIsTheDefaultAndElasticsearchIsChosenByConfiguration(@TempDir Path folder) {
        SearchBackend lucene = new SearchBackend("lucene", folder.toString(), "http://localhost:9200", "", "", "");
        assertThat(lucene.shared()).isFalse();
        assertThat(new SearchBackend("Elasticsearch", "memory", "http://localhost:9200", "", "", "").shared()).isTrue();
        assertThatThrownBy(() -> new SearchBackend("solr", "memory", "", "", "", "")).hasMessageContaining("lucene or elasticsearch");
        try (var mapping = mapping(SearchBackend.lucene("local-heap", null))) {
            assertThat(mapping.backend().unwrap(LuceneBackend.class)).isNotNull();
        }
    }

    /**
     * The Elasticsearch backend's mapping and analysers are accepted by Hibernate Search (no cluster is reached: the
     * version is given and the schema left alone, as no cluster is available to the tests).
     */
    @Test
    void theElasticsearchSettingsAndAnalysersBuildAMapping() {
        Map<String, Object> settings = new HashMap<>(SearchBackend.elasticsearch("http://127.0.0.1:9", "opensearch:2.19", "", ""));
        settings.put("hibernate.search.backend.version_check.enabled", false);
        settings.put("hibernate.search.schema_management.strategy", "none");
        try (var mapping = mapping(settings)) {
            assertThat(mapping.backend().unwrap(ElasticsearchBackend.class)).isNotNull();
        }
    }

    private static org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping mapping(Map<String, Object> settings) {
        return SearchMapping.builder(AnnotatedTypeSource.fromClasses(IndexedDocument.class, IndexState.class),
                java.lang.invoke.MethodHandles.lookup()).properties(settings).build();
    }
}
