package eu.cybersudoe.search.internal;

import eu.cybersudoe.search.SearchQuery;
import eu.cybersudoe.search.SearchResults;
import eu.cybersudoe.search.SearchScope;
import eu.cybersudoe.search.Searchable;
import eu.cybersudoe.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A full rebuild writes a fresh build of the index and swaps it in once complete (decision 0047): meanwhile searches
 * answer from the previous build, whole; afterwards only what the sources gave is found, the previous build's files
 * are gone and the next start opens the new build; a rebuild that fails leaves the previous build searched.
 */
class FreshBuildTest {

    private static Searchable doc(String id, String title) {
        return new Searchable("conference", id, Language.PT, title, "", "/conferences/" + id, List.of(), List.of("PT"),
                List.of("cybermassif"), null, false);
    }

    private static List<String> found(SearchIndex index, String words) {
        return index.find(new SearchQuery(words, Language.PT, null, null, null, 1, SearchScope.PUBLIC)).hits().stream()
                .map(SearchResults.Hit::id).toList();
    }

    private static List<String> builds(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("build-")).toList();
        }
    }

    @Test
    void searchesAnswerFromThePreviousBuildUntilTheNewOneIsComplete(@TempDir Path folder) throws IOException {
        try (SearchIndex index = SearchIndex.inFolder(folder)) {
            index.rebuild(Stream.of(doc("1", "Formação em cibersegurança")), 7, () -> { });
            List<Searchable> next = List.of(doc("2", "Cibersegurança para PME"), doc("3", "Formação avançada"));
            List<List<String>> seenWhileWriting = new ArrayList<>();
            index.rebuild(next.stream().peek(written -> seenWhileWriting.add(found(index, "formacao"))), 9, () -> { });

            assertThat(seenWhileWriting).containsExactly(List.of("1"), List.of("1"));
            assertThat(found(index, "formacao")).containsExactly("3");
            assertThat(found(index, "pme")).containsExactly("2");
            assertThat(index.cursor()).contains(9L);
            assertThat(index.size()).isEqualTo(2);
            assertThat(builds(folder)).hasSize(1);
        }
        try (SearchIndex reopened = SearchIndex.inFolder(folder)) {
            assertThat(reopened.cursor()).contains(9L);
            assertThat(found(reopened, "cibersegurança")).containsExactly("2");
        }
    }

    @Test
    void aRebuildThatFailsLeavesThePreviousBuildSearched(@TempDir Path folder) throws IOException {
        try (SearchIndex index = SearchIndex.inFolder(folder)) {
            index.rebuild(Stream.of(doc("1", "Formação em cibersegurança")), 7, () -> { });
            Stream<Searchable> failing = Stream.of(doc("2", "Formação para PME"), null).map(document -> {
                if (document == null) {
                    throw new IllegalStateException("a source failed");
                }
                return document;
            });
            assertThatThrownBy(() -> index.rebuild(failing, 9, () -> { })).hasMessage("a source failed");

            assertThat(found(index, "formacao")).containsExactly("1");
            assertThat(index.cursor()).contains(7L);
            assertThat(builds(folder)).hasSize(1);
        }
    }

    @Test
    void anIndexKeptDirectlyInItsFolderIsReplacedByABuildOfItsOwn(@TempDir Path folder) throws IOException {
        try (SearchIndex legacy = SearchIndex.with(IndexGenerations.folderSettings(folder))) {
            legacy.rebuild(Stream.of(doc("1", "Formação em cibersegurança")), 3, () -> { });
        }
        assertThat(folder.resolve(IndexedDocument.INDEX)).isDirectory();
        try (SearchIndex index = SearchIndex.inFolder(folder)) {
            assertThat(found(index, "formacao")).containsExactly("1");
            index.rebuild(Stream.of(doc("2", "Formação para PME")), 4, () -> { });
            assertThat(found(index, "formacao")).containsExactly("2");
        }
        assertThat(folder.resolve(IndexedDocument.INDEX)).doesNotExist();
        assertThat(builds(folder)).hasSize(1);
    }
}
