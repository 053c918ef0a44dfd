package eu.cybersudoe.shared.files;

import eu.cybersudoe.testing.InflatingWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.util.unit.DataSize.ofMegabytes;

class UploadGuardTest {

    static final UploadUse SHEETS = UploadUse.of("imports", ofMegabytes(8), FileKind.TEXT, FileKind.XLSX);

    @TempDir
    Path dataDir;

    LocalFileStore store() {
        return new LocalFileStore(dataDir.resolve("files"), Clock.systemUTC());
    }

    UploadGuard guard() {
        return new UploadGuard(store());
    }

    @Test
    void anXlsxThatInflatesToGigabytesIsRefusedBeforeItIsExpandedAndWithBoundedMemory() throws IOException {
        byte[] bomb = InflatingWorkbook.of(2048);
        assertThat(bomb.length).isBetween(1_000_000, 3_000_000);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();

        assertThatThrownBy(() -> guard().admit(SHEETS, "clients.xlsx", new ByteArrayInputStream(bomb)))
                .isInstanceOfSatisfying(UploadRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(UploadRefused.Reason.EXPANDS);
                    assertThat(refused.messageKey()).isEqualTo("uploads.refused.expands");
                    assertThat(refused.arguments()).containsExactly("1024");
                });

        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        assertThat(allocated).as("bytes allocated while checking a 2 GB expansion").isLessThan(32L * 1024 * 1024);
        assertThat(System.nanoTime() - started).as("stopped early, not after inflating it all").isLessThan(5_000_000_000L);
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void anArchiveWithinTheRatioButBeyondTheTotalIsRefused() throws IOException {
        byte[] workbook = InflatingWorkbook.of(40);
        UploadUse tight = SHEETS.expandingAtMost(ofMegabytes(16), 2000);

        assertThatThrownBy(() -> guard().admit(tight, "clients.xlsx", new ByteArrayInputStream(workbook)))
                .isInstanceOfSatisfying(UploadRefused.class, refused -> assertThat(refused.arguments()).containsExactly("16"));
        assertThat(guard().admit(SHEETS.expandingAtMost(ofMegabytes(64), 2000), "clients.xlsx", new ByteArrayInputStream(workbook)).kind())
                .isEqualTo(FileKind.XLSX);
    }

    @Test
    void aRealWorkbookIsStoredAsXlsxAndTextAsText() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(xlsx, "test", "1.0")) {
            workbook.newWorksheet("Clients").value(0, 0, "Raison sociale");
        }
        UploadGuard.Admitted sheet = guard().admit(SHEETS, "clients.bin", new ByteArrayInputStream(xlsx.toByteArray()));
        UploadGuard.Admitted text = guard().admit(SHEETS, "clients.xlsx", new ByteArrayInputStream("Nom;SIREN\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(sheet.kind()).isEqualTo(FileKind.XLSX);
        assertThat(sheet.file().size()).isEqualTo(xlsx.size());
        assertThat(text.kind()).isEqualTo(FileKind.TEXT);
        try (InputStream in = store().open(text.file().key())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("Nom;SIREN\n");
        }
    }

    @Test
    void theContentNotTheNameTellsTheKind() throws IOException {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        for (byte[] content : new byte[][] {pdf, oldExcel, plainZip()}) {
            assertThatThrownBy(() -> guard().admit(SHEETS, "clients.xlsx", new ByteArrayInputStream(content)))
                    .isInstanceOfSatisfying(UploadRefused.class, refused -> {
                        assertThat(refused.reason()).isEqualTo(UploadRefused.Reason.KIND);
                        assertThat(refused.arguments()).containsExactly("CSV, XLSX");
                    });
        }
        UploadUse proofs = UploadUse.of("proofs", ofMegabytes(1), FileKind.PDF, FileKind.PNG, FileKind.JPEG);
        assertThat(guard().admit(proofs, "scan.txt", new ByteArrayInputStream(pdf)).kind()).isEqualTo(FileKind.PDF);
        assertThat(storedFiles()).hasSize(1);
    }

    @Test
    void aFileLargerThanItsUseIsRefusedWithoutReadingItAll() {
        UploadUse small = UploadUse.of("imports", ofMegabytes(1), FileKind.TEXT);
        CountingEndlessText endless = new CountingEndlessText();

        assertThatThrownBy(() -> guard().admit(small, "huge.csv", endless))
                .isInstanceOfSatisfying(UploadRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(UploadRefused.Reason.TOO_LARGE);
                    assertThat(refused.arguments()).containsExactly("1");
                });
        assertThat(endless.read).isEqualTo(1024 * 1024 + 1);
        assertThatThrownBy(() -> guard().admit(small, "empty.csv", InputStream.nullInputStream()))
                .isInstanceOfSatisfying(UploadRefused.class, refused -> assertThat(refused.reason()).isEqualTo(UploadRefused.Reason.EMPTY));
    }

    @Test
    void aTruncatedArchiveIsDamaged() throws IOException {
        byte[] workbook = InflatingWorkbook.of(2);
        byte[] cut = java.util.Arrays.copyOf(workbook, workbook.length / 2);

        assertThatThrownBy(() -> guard().admit(SHEETS, "clients.xlsx", new ByteArrayInputStream(cut)))
                .isInstanceOfSatisfying(UploadRefused.class, refused -> assertThat(refused.reason()).isEqualTo(UploadRefused.Reason.DAMAGED));
    }

    private static byte[] plainZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private java.util.List<Path> storedFiles() throws IOException {
        Path root = dataDir.resolve("files");
        if (!Files.exists(root)) {
            return java.util.List.of();
        }
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains(".incoming")).filter(p -> !p.toString().endsWith(".properties")).toList();
        }
    }

    /** Text that never ends, counting what was read of it. */
    static final class CountingEndlessText extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'a');
            read += length;
            return length;
        }
    }
}
