package eu.cybersudoe.shared.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalFileStoreTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

    @TempDir
    Path dataDir;

    LocalFileStore store() {
        return new LocalFileStore(dataDir.resolve("files"), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void storesAndOpensAFile() throws Exception {
        byte[] content = "Relatório de missão — 2026".getBytes(StandardCharsets.UTF_8);
        StoredFile stored = store().store("mission-reports", "Relatório de missão.pdf", new ByteArrayInputStream(content));

        assertThat(stored.key()).matches("mission-reports/2026/11/[0-9a-f-]{36}");
        assertThat(dataDir.resolve("files").resolve(stored.key())).isRegularFile().hasBinaryContent(content);
        try (InputStream in = store().open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.storedAt()).isEqualTo(NOW);
    }

    @Test
    void keepsTheMetadataWithTheOriginalName() {
        String odd = "../../etc/pass\u0000wd <évaluation>.xlsx";
        StoredFile stored = store().store("imports", odd, new ByteArrayInputStream(new byte[] {1, 2, 3}));

        StoredFile found = store().find(stored.key()).orElseThrow();
        assertThat(found).isEqualTo(stored);
        assertThat(found.originalName()).isEqualTo(odd);
        assertThat(found.fileName()).isEqualTo("pass_wd _évaluation_.xlsx");
        assertThat(found.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(found.area()).isEqualTo("imports");
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

    @Test
    void deletesAFile() {
        StoredFile stored = store().store("logos", "logo.svg", new ByteArrayInputStream("<svg/>".getBytes(StandardCharsets.UTF_8)));

        assertThat(store().delete(stored.key())).isTrue();
        assertThat(store().find(stored.key())).isEmpty();
        assertThat(store().delete(stored.key())).isFalse();
        assertThatThrownBy(() -> store().open(stored.key())).isInstanceOf(NoSuchElementException.class);
        assertThat(dataDir.resolve("files").resolve(stored.key())).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret", "logos/../../secret", "/etc/passwd", "logos/2026/11/../../../../etc/passwd",
            "LOGOS/2026/11/3f2a8c1e-5b7d-4e1a-9c3b-2d4e6f8a0b1c", "logos/2026/13/3f2a8c1e-5b7d-4e1a-9c3b-2d4e6f8a0b1c",
            "logos/2026/11/3f2a8c1e-5b7d-4e1a-9c3b-2d4e6f8a0b1c.properties", "logos\\2026\\11\\3f2a8c1e-5b7d-4e1a-9c3b-2d4e6f8a0b1c",
            "logos/2026/11/3f2a8c1e-5b7d-4e1a-9c3b-2d4e6f8a0b1c/", "logos/2026/11/3f2a8c1e-5b7d-4e1a-9c3b-2d4e6f8a0b1c\n",
            "", " ", "C:/Windows/win.ini", "%2e%2e/secret", "logos/2026/11/.incoming"})
    void refusesStringsThatAreNotKeys(String key) throws IOException {
        Path secret = Files.writeString(dataDir.resolve("secret"), "secret");
        Files.createDirectories(dataDir.resolve("files"));

        assertThat(store().find(key)).isEmpty();
        assertThat(store().delete(key)).isFalse();
        assertThatThrownBy(() -> store().open(key)).isInstanceOf(NoSuchElementException.class);
        assertThat(secret).exists();
    }

    @Test
    void refusesTheMetadataFileAsAKey() {
        StoredFile stored = store().store("logos", "logo.svg", new ByteArrayInputStream(new byte[] {42}));

        assertThat(store().find(stored.key() + ".properties")).isEmpty();
        assertThatThrownBy(() -> store().open(stored.key() + ".properties")).isInstanceOf(NoSuchElementException.class);
        assertThat(store().find(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../x", "a/b", "Logos", "-logos", "logos-", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "é"})
    void refusesBadAreas(String area) {
        assertThatThrownBy(() -> store().store(area, "x.txt", new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailedUploadLeavesNoFileBehind() throws IOException {
        InputStream failing = new InputStream() {
            int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 1000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> store().store("imports", "big.csv", failing)).isInstanceOf(UncheckedIOException.class);
        try (Stream<Path> files = Files.walk(dataDir.resolve("files"))) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
