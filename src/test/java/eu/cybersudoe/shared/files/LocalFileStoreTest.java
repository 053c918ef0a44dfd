package eu.cybersudoe.shared.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The file store contract on the local disk, and what only the disk has: paths, metadata files, listing. */
class LocalFileStoreTest extends FileStoreContract {

    @TempDir
    Path dataDir;

    @Override
    LocalFileStore store() {
        return new LocalFileStore(dataDir.resolve("files"), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Override
    long filesKept() {
        Path root = dataDir.resolve("files");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void keepsTheFileUnderItsKey() {
        byte[] content = "logo".getBytes(StandardCharsets.UTF_8);
        StoredFile stored = store().store("logos", "logo.png", new ByteArrayInputStream(content));

        assertThat(dataDir.resolve("files").resolve(stored.key())).isRegularFile().hasBinaryContent(content);
    }

    @Test
    void listsTheFilesItKeeps() throws IOException {
        StoredFile one = store().store("logos", "a.png", new ByteArrayInputStream(new byte[] {1}));
        StoredFile two = store().store("imports", "b.csv", new ByteArrayInputStream(new byte[] {2}));
        Files.createDirectories(dataDir.resolve("files/.incoming"));
        Files.writeString(dataDir.resolve("files/.incoming/upload-1.part"), "partial");

        try (Stream<StoredFile> files = store().files()) {
            assertThat(files).containsExactlyInAnyOrder(one, two);
        }
    }

    @Test
    void sanitisesFileNames() {
        assertThat(FileNames.sanitise("C:\\Users\\ana\\logo.png")).isEqualTo("logo.png");
        assertThat(FileNames.sanitise("..")).isEqualTo("file");
        assertThat(FileNames.sanitise("")).isEqualTo("file");
        assertThat(FileNames.sanitise(null)).isEqualTo("file");
        assertThat(FileNames.sanitise(".htaccess")).isEqualTo("htaccess");
        assertThat(FileNames.sanitise("a\nb\tc.txt")).isEqualTo("a_b_c.txt");
        String longName = "x".repeat(300) + ".docx";
        assertThat(FileNames.sanitise(longName)).hasSize(FileNames.MAX_LENGTH).endsWith(".docx");
        assertThat(FileNames.contentType("notes.unknownext")).isEqualTo("application/octet-stream");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret", "logos/../../secret", "logos/2026/11/../../../../secret"})
    void neverLeavesItsFolder(String key) throws IOException {
        Path secret = Files.writeString(dataDir.resolve("secret"), "secret");
        Files.createDirectories(dataDir.resolve("files"));

        assertThat(store().delete(key)).isFalse();
        assertThatThrownBy(() -> store().open(key)).isInstanceOf(NoSuchElementException.class);
        assertThat(secret).exists();
    }

    @Test
    void refusesTheMetadataFileAsAKey() {
        StoredFile stored = store().store("logos", "logo.svg", new ByteArrayInputStream(new byte[] {42}));

        assertThat(store().find(stored.key() + ".properties")).isEmpty();
        assertThatThrownBy(() -> store().open(stored.key() + ".properties")).isInstanceOf(NoSuchElementException.class);
    }
}
