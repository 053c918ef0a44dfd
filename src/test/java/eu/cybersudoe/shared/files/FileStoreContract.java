package eu.cybersudoe.shared.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link FileStore} does, run on each of them by a subclass: store and read back
 * byte for byte (also a file of several chunks), the metadata kept, deletion, strings that are
 * not keys treated as unknown, bad areas refused, and nothing kept from a failed upload.
 */
abstract class FileStoreContract {

    /** With nanoseconds, which no database keeps: a stored file must still equal the one found later. */
    static final Instant NOW = Instant.parse("2026-11-26T10:15:30.123456789Z");

    /** The store under test, giving {@link #NOW} as the time. */
    abstract FileStore store();

    /** How many files (content or metadata) the store holds, to tell that a failed upload left nothing. */
    abstract long filesKept();

    @Test
    void storesAndOpensAFile() throws Exception {
        byte[] content = "Relatório de missão — 2026".getBytes(StandardCharsets.UTF_8);
        StoredFile stored = store().store("mission-reports", "Relatório de missão.pdf", new ByteArrayInputStream(content));

        assertThat(stored.key()).matches("mission-reports/2026/11/[0-9a-f-]{36}");
        assertThat(read(stored.key())).isEqualTo(content);
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(sha256(content));
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.storedAt()).isBetween(NOW.truncatedTo(java.time.temporal.ChronoUnit.MICROS), NOW);
        assertThat(store().find(stored.key())).contains(stored);
    }

    @Test
    void readsBackALargeFileByteForByte() throws Exception {
        byte[] content = new byte[DatabaseFileStore.CHUNK_SIZE * 3 + 12_345];
        new Random(42).nextBytes(content);

        StoredFile stored = store().store("imports", "partner.xlsx", new ByteArrayInputStream(content));

        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(read(stored.key())).isEqualTo(content);
        assertThat(stored.sha256()).isEqualTo(sha256(content));
        try (InputStream in = store().open(stored.key())) {
            assertThat(in.read()).isEqualTo(content[0] & 0xff);
            assertThat(in.skip(content.length - 2)).isEqualTo(content.length - 2);
            assertThat(in.read()).isEqualTo(content[content.length - 1] & 0xff);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void storesAnEmptyFile() throws Exception {
        StoredFile stored = store().store("exports", "empty.csv", new ByteArrayInputStream(new byte[0]));

        assertThat(stored.size()).isZero();
        assertThat(read(stored.key())).isEmpty();
        assertThat(store().find(stored.key())).contains(stored);
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
        String backslashes = "C:\\dossier\\0 rapport\\.pdf";
        StoredFile windows = store().store("imports", backslashes, new ByteArrayInputStream(new byte[] {4}));
        assertThat(store().find(windows.key()).orElseThrow().originalName()).isEqualTo(backslashes);
    }

    @Test
    void deletesAFile() {
        StoredFile stored = store().store("logos", "logo.svg", new ByteArrayInputStream("<svg/>".getBytes(StandardCharsets.UTF_8)));

        assertThat(store().delete(stored.key())).isTrue();
        assertThat(store().find(stored.key())).isEmpty();
        assertThat(store().delete(stored.key())).isFalse();
        assertThatThrownBy(() -> store().open(stored.key())).isInstanceOf(NoSuchElementException.class);
        assertThat(filesKept()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret", "logos/../../secret", "/etc/passwd", "logos/2026/11/../../../../etc/passwd",
            "LOGOS/2026/11/3f2a8c1e-5b7d-4e1a-9c3b-2d4e6f8a0b1c", "logos/2026/13/3f2a8c1e-5b7d-4e1a-9c3b-2d4e6f8a0b1c",
            "logos/2026/11/3f2a8c1e-5b7d-4e1a-9c3b-2d4e6f8a0b1c.properties", "logos\\2026\\11\\3f2a8c1e-5b7d-4e1a-9c3b-2d4e6f8a0b1c",
            "logos/2026/11/3f2a8c1e-5b7d-4e1a-9c3b-2d4e6f8a0b1c/", "logos/2026/11/3f2a8c1e-5b7d-4e1a-9c3b-2d4e6f8a0b1c\n",
            "", " ", "C:/Windows/win.ini", "%2e%2e/secret", "logos/2026/11/.incoming", "' or '1'='1"})
    void treatsStringsThatAreNotKeysAsUnknown(String key) {
        assertThat(store().find(key)).isEmpty();
        assertThat(store().delete(key)).isFalse();
        assertThatThrownBy(() -> store().open(key)).isInstanceOf(NoSuchElementException.class);
        assertThat(store().find(null)).isEmpty();
    }

    @Test
    void anUnknownKeyIsUnknown() {
        String key = "logos/2026/11/3f2a8c1e-5b7d-4e1a-9c3b-2d4e6f8a0b1c";

        assertThat(store().find(key)).isEmpty();
        assertThatThrownBy(() -> store().open(key)).isInstanceOf(NoSuchElementException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../x", "a/b", "Logos", "-logos", "logos-", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "é"})
    void refusesBadAreas(String area) {
        assertThatThrownBy(() -> store().store(area, "x.txt", new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(filesKept()).isZero();
    }

    @Test
    void aFailedUploadLeavesNoFileBehind() {
        InputStream failing = new InputStream() {
            int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > DatabaseFileStore.CHUNK_SIZE + 1000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> store().store("imports", "big.csv", failing)).isInstanceOf(UncheckedIOException.class);
        assertThat(filesKept()).isZero();
    }

    byte[] read(String key) throws IOException {
        try (InputStream in = store().open(key)) {
            return in.readAllBytes();
        }
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
