package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.LawfulBasis;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.files.FileKind;
import eu.cybersudoe.shared.files.FileStore;
import eu.cybersudoe.shared.files.StoredFile;
import eu.cybersudoe.shared.files.UploadGuard;
import eu.cybersudoe.shared.files.UploadRefused;
import eu.cybersudoe.shared.files.UploadUse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports as partners use them: upload a file (through the {@link UploadGuard}: refused at once
 * when it is empty, too large, neither CSV nor XLSX by its content, or a workbook that inflates
 * beyond its limits), see its first rows with a first guess of the mapping, confirm the mapping
 * (saved for the partner's next file) and let it run in the background; then follow it, list the
 * partner's imports, and read the rows left for review or rejected.
 */
@Service
public class Imports {

    /** How many rows the mapping page shows. */
    public static final int PREVIEW_ROWS = 10;

    private final ImportJobs jobs;
    private final ImportRunner runner;
    private final FileStore files;
    private final UploadGuard guard;
    private final Clock clock;
    private final UploadUse use;

    Imports(ImportJobs jobs, ImportRunner runner, FileStore files, UploadGuard guard, Clock clock,
            @Value("${cybersudoe.imports.max-size:100MB}") DataSize maxSize,
            @Value("${cybersudoe.imports.max-expanded-size:1GB}") DataSize maxExpanded,
            @Value("${cybersudoe.imports.max-ratio:100}") int maxRatio) {
        this.jobs = jobs;
        this.runner = runner;
        this.files = files;
        this.guard = guard;
        this.clock = clock;
        this.use = UploadUse.of("imports", maxSize, FileKind.TEXT, FileKind.XLSX).expandingAtMost(maxExpanded, maxRatio);
    }

    /** What the partner states when uploading a file. */
    public record Upload(String partnerId, Long accountId, String fileName, Country defaultCountry, LawfulBasis lawfulBasis,
                         String consentSource, boolean consentNewsletter, boolean consentInvitations, Charset encoding) {
    }

    /** The first rows of a file and a first mapping, for the partner to check. */
    public record Preview(ImportJob job, List<String> header, List<SheetRow> rows, ColumnMapping mapping) {

        /** The named columns the mapping leaves out, except those the registry derives from the postcode. */
        public List<String> unmapped() {
            return columnsLeftOut(false);
        }

        /** The columns left out because the registry derives them from the postcode (region, province, district). */
        public List<String> derived() {
            return columnsLeftOut(true);
        }

        private List<String> columnsLeftOut(boolean derivedFromPostcode) {
            List<String> left = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i);
                if (!name.isBlank() && mapping.fieldOf(i).isEmpty() && ImportField.derivedFromPostcode(name) == derivedFromPostcode) {
                    left.add(name);
                }
            }
            return left;
        }

        /** Whether no identifier nor VAT number column is mapped: companies can then only be matched by name and postcode. */
        public boolean noIdentifier() {
            return !mapping.holds(ImportField.IDENTIFIER) && !mapping.holds(ImportField.VAT_NUMBER);
        }

        /** Whether the header or the rows shown hold replacement characters: the encoding chosen does not fit the file. */
        public boolean replacementCharacters() {
            return header.stream().anyMatch(Preview::replaced)
                    || rows.stream().anyMatch(row -> row.cells().stream().anyMatch(Preview::replaced));
        }

        private static boolean replaced(String text) {
            return text.indexOf('\uFFFD') >= 0;
        }
    }

    public long maxBytes() {
        return use.maxBytes();
    }

    /**
     * Keeps the file in the file store and creates an import waiting for its mapping.
     *
     * @throws ImportRefused when the file is empty, too large, neither CSV nor XLSX, expands too much or has no header
     */
    public ImportJob upload(Upload upload, InputStream content) {
        UploadGuard.Admitted admitted = admit(upload, content);
        StoredFile stored = admitted.file();
        try {
            SheetFormat format = admitted.kind() == FileKind.XLSX ? SheetFormat.XLSX : SheetFormat.CSV;
            String encoding = null;
            String delimiter = null;
            List<String> header;
            if (format == SheetFormat.CSV) {
                try (CsvSheetReader reader = new CsvSheetReader(files.open(stored.key()), stored.size(), upload.encoding())) {
                    header = reader.header();
                    encoding = reader.encoding().name();
                    delimiter = String.valueOf(reader.delimiter());
                }
            } else {
                try (XlsxSheetReader reader = new XlsxSheetReader(files.open(stored.key()), 0)) {
                    header = reader.header();
                }
            }
            if (header.stream().allMatch(String::isEmpty)) {
                throw new ImportRefused("companies.import.file.noHeader");
            }
            if (!hasRows(stored, format, upload.encoding())) {
                throw new ImportRefused("companies.import.file.noRows");
            }
            long id = jobs.create(new NewImport(upload.partnerId(), upload.accountId(), stored, format, encoding, delimiter, header,
                    upload.defaultCountry() == null ? null : upload.defaultCountry().name(), upload.lawfulBasis(),
                    upload.consentSource() == null ? "" : upload.consentSource().strip(), upload.consentNewsletter(),
                    upload.consentInvitations()), clock.instant());
            return jobs.find(id).orElseThrow();
        } catch (ImportRefused | UnreadableFileException refused) {
            files.delete(stored.key());
            if (refused instanceof UnreadableFileException unreadable) {
                throw new ImportRefused(unreadable.messageKey());
            }
            throw refused;
        }
    }

    /** Whether the file has a row that is not blank after its header. */
    private boolean hasRows(StoredFile stored, SheetFormat format, Charset encoding) {
        try (SheetReader reader = format == SheetFormat.CSV ? new CsvSheetReader(files.open(stored.key()), stored.size(), encoding)
                : new XlsxSheetReader(files.open(stored.key()), 0)) {
            Optional<SheetRow> row;
            while ((row = reader.next()).isPresent()) {
                if (!row.get().blank()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The file through the upload guard, its refusals told in the words of imports. */
    private UploadGuard.Admitted admit(Upload upload, InputStream content) {
        try {
            return guard.admit(use, upload.fileName(), content);
        } catch (UploadRefused refused) {
            throw switch (refused.reason()) {
                case EMPTY -> new ImportRefused("companies.import.file.empty");
                case TOO_LARGE -> new ImportRefused("companies.import.file.tooLarge", use.maxMegabytes());
                case KIND -> new ImportRefused("companies.import.file.format");
                case EXPANDS, DAMAGED -> new ImportRefused(refused.messageKey(), refused.arguments().toArray());
            };
        }
    }

    /** The header, the first rows and the mapping to offer: the confirmed one, else the partner's saved choices and usual names. */
    public Preview preview(ImportJob job) {
        List<SheetRow> rows = new ArrayList<>();
        try (SheetReader reader = runner.open(job)) {
            Optional<SheetRow> row;
            while (rows.size() < PREVIEW_ROWS && (row = reader.next()).isPresent()) {
                if (!row.get().blank()) {
                    rows.add(row.get());
                }
            }
        } catch (UnreadableFileException damaged) {
            // the rows before the damage are shown; the import stops there and says why
        }
        ColumnMapping mapping = job.mapping() != null ? job.mapping() : ColumnMapping.guess(job.header(), jobs.savedMapping(job.partnerId()));
        return new Preview(job, job.header(), rows, mapping);
    }

    /**
     * Confirms the mapping, saves it for the partner's next file and starts the import.
     *
     * @throws ImportRefused when no name or e-mail column is mapped, or a field is mapped twice
     */
    public void start(ImportJob job, ColumnMapping mapping) {
        List<String> problems = mapping.problems();
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems.getFirst());
        }
        if (job.status() != ImportJob.Status.MAPPING || !jobs.queue(job.id(), mapping)) {
            throw new ImportRefused("companies.import.alreadyStarted");
        }
        jobs.saveMapping(job.partnerId(), mapping.byColumnName(job.header()), clock.instant());
        runner.submit(job.id());
    }

    public Optional<ImportJob> find(long id) {
        return jobs.find(id);
    }

    /** A partner's imports, newest first. */
    public List<ImportJob> history(String partnerId, int page, int size) {
        return jobs.ofPartner(partnerId, size, Math.max(0, page - 1) * size);
    }

    public long historySize(String partnerId) {
        return jobs.countOfPartner(partnerId);
    }

    /** The original file, for download. */
    public InputStream file(ImportJob job) {
        return files.open(job.fileKey());
    }
}
