package eu.cybersudoe.search.internal;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The successive builds of the index (decision 0047). A full rebuild writes a fresh build beside the one searched and
 * is swapped in once complete, so that searches never see an empty or half-written index: in memory a new heap
 * index; in a folder a {@code build-…} sub-folder, the one searched named in the folder's {@code current} file (a
 * folder without it holds the index directly, as before builds were kept apart). An index shared by several nodes (a
 * cluster) has one build only, rebuilt where it stands.
 */
final class IndexGenerations {

    static final String POINTER = "current";
    private static final String BUILD = "build-";
    private static final AtomicLong BUILDS = new AtomicLong();

    /** One build of the index: its mapping, and its folder when it has one of its own. */
    record Generation(CloseableSearchMapping mapping, Path folder) {
    }

    private final Map<String, Object> settings;
    private final Path root;
    private final boolean fresh;

    private IndexGenerations(Map<String, Object> settings, Path root, boolean fresh) {
        this.settings = settings;
        this.root = root;
        this.fresh = fresh;
    }

    /** Builds in memory, each a new heap index. */
    static IndexGenerations inMemory() {
        return new IndexGenerations(SearchBackend.lucene("local-heap", null), null, true);
    }

    /** Builds in sub-folders of a folder of this node. */
    static IndexGenerations inFolder(Path root) {
        return new IndexGenerations(folderSettings(root), root.toAbsolutePath(), true);
    }

    /** The settings of an embedded Lucene index kept directly in a folder. */
    static Map<String, Object> folderSettings(Path folder) {
        return SearchBackend.lucene("local-filesystem", folder);
    }

    /** One build, rebuilt where it stands (an index shared by several nodes). */
    static IndexGenerations inPlace(Map<String, Object> settings) {
        return new IndexGenerations(settings, null, false);
    }

    /** Opens the build searched now, and forgets those a rebuild left unfinished. */
    Generation current() {
        if (root == null) {
            return new Generation(open(settings), null);
        }
        Path current = pointed().orElse(root);
        try (Stream<Path> builds = Files.exists(root) ? Files.list(root) : Stream.empty()) {
            builds.filter(build -> build.getFileName().toString().startsWith(BUILD) && !build.equals(current))
                    .forEach(IndexGenerations::delete);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return new Generation(open(in(current)), current);
    }

    /** A new empty build, or none when the index is rebuilt where it stands. */
    Optional<Generation> fresh() {
        if (!fresh) {
            return Optional.empty();
        }
        if (root == null) {
            return Optional.of(new Generation(open(settings), null));
        }
        Path folder = root.resolve(BUILD + System.currentTimeMillis() + "-" + BUILDS.incrementAndGet());
        return Optional.of(new Generation(open(in(folder)), folder));
    }

    /** Makes a complete build the one searched from now on, and at the next start. */
    void adopt(Generation build) {
        if (root == null) {
            return;
        }
        try {
            Path written = root.resolve(POINTER + ".new");
            Files.writeString(written, root.relativize(build.folder()).toString(), StandardCharsets.UTF_8);
            Files.move(written, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Closes a build no longer searched (or never finished) and removes its files. */
    void discard(Generation build) {
        build.mapping().close();
        if (build.folder() == null) {
            return;
        }
        if (build.folder().equals(root)) {
            delete(root.resolve(IndexedDocument.INDEX));
            delete(root.resolve(IndexState.INDEX));
        } else {
            delete(build.folder());
        }
    }

    private Optional<Path> pointed() {
        Path pointer = root.resolve(POINTER);
        if (!Files.exists(pointer)) {
            return Optional.empty();
        }
        try {
            Path build = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
            return Files.isDirectory(build) ? Optional.of(build) : Optional.empty();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private Map<String, Object> in(Path folder) {
        Map<String, Object> here = new HashMap<>(settings);
        here.put("hibernate.search.backend.directory.root", folder.toString());
        return here;
    }

    private static CloseableSearchMapping open(Map<String, Object> settings) {
        return SearchMapping.builder(AnnotatedTypeSource.fromClasses(IndexedDocument.class, IndexState.class),
                MethodHandles.lookup()).properties(settings).build();
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
