package eu.cybersudoe.search.internal;

import org.hibernate.search.engine.environment.bean.BeanReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the index lives, chosen by configuration (decision 0030): by default Hibernate Search's embedded Lucene
 * backend in a folder of this node ({@code cybersudoe.search.directory}, {@code memory} for none on disk); with
 * {@code cybersudoe.search.backend=elasticsearch}, an Elasticsearch or OpenSearch cluster shared by every node
 * ({@code cybersudoe.search.elasticsearch.uris}, {@code .version} such as {@code 8.15} or {@code opensearch:2.19},
 * {@code .username}, {@code .password}).
 */
@Component
class SearchBackend {

    private final String backend;
    private final String directory;
    private final String uris;
    private final String version;
    private final String username;
    private final String password;

    SearchBackend(@Value("${cybersudoe.search.backend:lucene}") String backend,
                  @Value("${cybersudoe.search.directory:${cybersudoe.data-dir}/search-index}") String directory,
                  @Value("${cybersudoe.search.elasticsearch.uris:http://localhost:9200}") String uris,
                  @Value("${cybersudoe.search.elasticsearch.version:}") String version,
                  @Value("${cybersudoe.search.elasticsearch.username:}") String username,
                  @Value("${cybersudoe.search.elasticsearch.password:}") String password) {
        this.backend = backend.strip().toLowerCase(java.util.Locale.ROOT);
        this.directory = directory;
        this.uris = uris;
        this.version = version;
        this.username = username;
        this.password = password;
        if (!this.backend.equals("lucene") && !this.backend.equals("elasticsearch")) {
            throw new IllegalStateException("cybersudoe.search.backend is lucene or elasticsearch, not " + backend);
        }
    }

    /** True when the index is shared by every node (a cluster), false when each node keeps its own. */
    boolean shared() {
        return backend.equals("elasticsearch");
    }

    /** The index this configuration describes. */
    SearchIndex open() {
        if (shared()) {
            return SearchIndex.with(elasticsearch(uris, version, username, password));
        }
        return "memory".equals(directory) ? SearchIndex.inMemory() : SearchIndex.inFolder(Path.of(directory));
    }

    /** The settings of the embedded Lucene backend: {@code local-heap} or {@code local-filesystem} in a folder. */
    static Map<String, Object> lucene(String directoryType, Path folder) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.search.backend.type", "lucene");
        settings.put("hibernate.search.backend.analysis.configurer", BeanReference.ofInstance(new LuceneAnalysis()));
        settings.put("hibernate.search.backend.directory.type", directoryType);
        settings.put("hibernate.search.backend.lucene_version", "LATEST");
        if (folder != null) {
            settings.put("hibernate.search.backend.directory.root", folder.toAbsolutePath().toString());
        }
        // A write is searched at once (the sessions wait for the refresh); the commit to disk runs every second.
        settings.put("hibernate.search.backend.io.commit_interval", 1000);
        return settings;
    }

    /** The settings of the Elasticsearch backend, which also speaks to OpenSearch. */
    static Map<String, Object> elasticsearch(String uris, String version, String username, String password) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.search.backend.type", "elasticsearch");
        settings.put("hibernate.search.backend.analysis.configurer", BeanReference.ofInstance(new ElasticsearchAnalysis()));
        settings.put("hibernate.search.backend.uris", uris);
        if (!version.isBlank()) {
            settings.put("hibernate.search.backend.version", version);
        }
        if (!username.isBlank()) {
            settings.put("hibernate.search.backend.username", username);
            settings.put("hibernate.search.backend.password", password);
        }
        return settings;
    }
}
