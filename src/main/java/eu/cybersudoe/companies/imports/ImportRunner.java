package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.internal.Establishments;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.files.FileStore;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs imports in the background, one at a time per node: reads the file from the file store,
 * skips the records an earlier run already wrote, and writes the rest a chunk at a time, each
 * chunk with the checkpoint in one transaction, matching rows against an in-memory index of
 * the registry (decision 0008). Imports left running by a node that stopped
 * (no chunk written for a minute) are taken up again by the next node that looks.
 */
@Component
public class ImportRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);
    static final Duration STALE = Duration.ofMinutes(1);
    /** How long the registry index of the last import is kept for a next one. */
    static final Duration KEEP_INDEX = Duration.ofMinutes(10);
    /** How many chunks are written at once on PostgreSQL, each on its own connection. */
    static final int WRITERS = 2;
    /** What the reading thread puts after the last chunk. */
    private static final Object END = new Object();

    private final ImportJobs jobs;
    private final ChunkWriter writer;
    private final RegistryIndexes indexes;
    private final FileStore files;
    private final TransactionTemplate transactions;
    private final Establishments establishments;
    private final Clock clock;
    private final int chunkSize;
    /** How many chunks met a write the index did not see and were written again from the database. */
    private final AtomicLong chunksWrittenAgain = new AtomicLong();
    /** How many chunks waited for the chunk before them to commit, since they need rows it writes. */
    private final AtomicLong chunksThatWaited = new AtomicLong();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("import-", 1).daemon().factory());
    /** Write chunks while the import's thread decides the next ones. */
    private final ExecutorService storing = Executors.newCachedThreadPool(Thread.ofPlatform().name("import-store-", 1).daemon().factory());

    ImportRunner(ImportJobs jobs, ChunkWriter writer, RegistryIndexes indexes, FileStore files, TransactionTemplate transactions,
                 Establishments establishments, Clock clock, @Value("${cybersudoe.imports.chunk-size:2000}") int chunkSize) {
        this.establishments = establishments;
        this.jobs = jobs;
        this.writer = writer;
        this.indexes = indexes;
        this.files = files;
        this.transactions = transactions;
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    /** How many chunks met a write the index did not see, since start-up, and were written again from the database. */
    public long chunksWrittenAgain() {
        return chunksWrittenAgain.get();
    }

    /**
     * How many chunks, since start-up, waited for a chunk still being written to commit before
     * they were handed over, since they need rows it creates or change a contact it changes.
     */
    public long chunksThatWaited() {
        return chunksThatWaited.get();
    }

    /** Runs an import in the background. */
    public void submit(long jobId) {
        executor.submit(() -> run(jobId));
    }

    /** Takes up the imports that are queued or were left running, at start-up and then every half minute. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${cybersudoe.imports.poll:PT30S}", initialDelayString = "${cybersudoe.imports.poll:PT30S}")
    public void takeUpWaitingImports() {
        indexes.forgetKeptBefore(clock.instant().minus(KEEP_INDEX));
        jobs.runnable(clock.instant().minus(STALE)).forEach(this::submit);
    }

    /** Runs an import in the calling thread until its end, or until {@code maxChunks} chunks are written. */
    public void run(long jobId) {
        run(jobId, Long.MAX_VALUE);
    }

    void run(long jobId, long maxChunks) {
        if (!jobs.claim(jobId, clock.instant(), clock.instant().minus(STALE))) {
            return;
        }
        ImportJob job = jobs.find(jobId).orElseThrow();
        try {
            if (job.format() == SheetFormat.XLSX && job.totalRecords() == null) {
                jobs.totalRecords(jobId, XlsxSheetReader.countRows(files.open(job.fileKey())) - 1);
                job = jobs.find(jobId).orElseThrow();
            }
            if (write(job, maxChunks)) {
                placeEstablishments(jobId);
                jobs.finish(jobId, clock.instant());
            }
        } catch (UnreadableFileException unreadable) {
            LOG.warn("Import {} stopped: {}", jobId, unreadable.getMessage());
            placeEstablishments(jobId);
            jobs.fail(jobId, unreadable.messageKey(), unreadable.line(), clock.instant());
        } catch (RuntimeException unexpected) {
            LOG.error("Import {} stopped on an unexpected error", jobId, unexpected);
            jobs.retryOrFail(jobId, clock.instant());
        }
    }

    /**
     * Checks, at the end of an import, that every record is under its company: each chunk already
     * put its new records there ({@link #store}), but a SIREN's records written at the same time by
     * another import or a form were invisible to it. An import that created none (a file imported
     * again) changed no French identifier (decisions 0017, 0039).
     */
    private void placeEstablishments(long jobId) {
        if (jobs.find(jobId).map(ImportJob::created).orElse(1L) > 0) {
            establishments.attachAll();
        }
    }

    /**
     * Writes the rest of the file; true when it reached the end. A second thread reads and checks
     * the next chunk while this one writes the current chunk; at most two chunks wait between them.
     */
    private boolean write(ImportJob job, long maxChunks) {
        ImportSettings settings = settings(job);
        try (SheetReader reader = open(job)) {
            for (long skipped = 0; skipped < job.recordsDone(); skipped++) {
                if (reader.next().isEmpty()) {
                    return true;
                }
            }
            BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(2);
            Thread readAhead = Thread.ofPlatform().name("import-read-" + job.id()).daemon().start(() -> readChunks(reader, settings, chunks));
            try {
                return writeChunks(job, settings, chunks, maxChunks);
            } finally {
                readAhead.interrupt();
                joinQuietly(readAhead);
            }
        }
    }

    /** Puts the file's chunks, read and checked, then {@link #END}; or the exception that stopped the reading. */
    private void readChunks(SheetReader reader, ImportSettings settings, BlockingQueue<Object> chunks) {
        try {
            while (true) {
                List<SheetRow> rows = new ArrayList<>(chunkSize);
                Optional<SheetRow> row;
                while (rows.size() < chunkSize && (row = reader.next()).isPresent()) {
                    rows.add(row.get());
                }
                if (rows.isEmpty()) {
                    chunks.put(END);
                    return;
                }
                chunks.put(writer.read(settings, rows, reader.progress().orElse(0.0)));
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failure) {
            try {
                chunks.put(failure);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A chunk handed to a storing thread: what it holds, the checkpoint it expects, and its commit (false when taken over). */
    private record InFlight(ChunkWriter.ReadChunk read, long expectedDone, ChunkPlan.Touched touched, Future<Boolean> committed) {
    }

    /** How the chunks handed to the storing threads ended. */
    private enum Settled { COMMITTED, TAKEN_OVER, WRITTEN_AGAIN }

    /**
     * Writes the chunks as they come, each with the checkpoint in one transaction, with the writer
     * of the database: {@link Pipelined} where ids can be taken before writing (PostgreSQL),
     * {@link OneByOne} elsewhere (H2). What the registry knows of the rows comes from the in-memory
     * index, kept for the next import unless it may be wrong.
     */
    private boolean writeChunks(ImportJob job, ImportSettings settings, BlockingQueue<Object> chunks, long maxChunks) {
        ChunkWriting writing = writer.idsBeforehand() ? new Pipelined(job, settings) : new OneByOne(job, settings);
        try {
            long done = job.recordsDone();
            boolean stopped = false;
            for (long chunk = 0; !stopped; chunk++) {
                Object next = take(chunks);
                if (next instanceof RuntimeException failure) {
                    throw failure;
                }
                if (next == END) {
                    break;
                }
                ChunkWriter.ReadChunk read = (ChunkWriter.ReadChunk) next;
                if (!writing.write(read, done)) {
                    return takenOver(job);
                }
                done += read.records();
                stopped = chunk + 1 >= maxChunks;
            }
            return writing.finish() ? !stopped : takenOver(job);
        } catch (RuntimeException failure) {
            writing.failed(failure);
            throw failure;
        } finally {
            writing.close();
        }
    }

    /** How one import's chunks are written on one database, with the registry's index. */
    private abstract class ChunkWriting {

        final ImportJob job;
        final ImportSettings settings;
        RegistryIndex index = indexes.take();

        ChunkWriting(ImportJob job, ImportSettings settings) {
            this.job = job;
            this.settings = settings;
        }

        /** Writes the chunk that follows {@code done} records; false when another node took the import over. */
        abstract boolean write(ChunkWriter.ReadChunk read, long done);

        /** Waits for the chunks still being written; false when another node took the import over. */
        boolean finish() {
            return true;
        }

        /** After a failure the index may be wrong: it is not kept. */
        void failed(RuntimeException failure) {
            index = null;
        }

        /** Keeps the index for the next import when it is still right. */
        void close() {
            if (index != null) {
                indexes.keep(index, clock.instant());
            }
        }
    }

    /**
     * Each chunk decided and written in its own transaction, then taken into the index once
     * committed (H2, where ids cannot be taken before writing). When a chunk breaks one of the
     * registry's constraints (someone wrote the same company or e-mail address meanwhile), it is
     * written again with fresh look-ups in the database, and the index is read again.
     */
    private final class OneByOne extends ChunkWriting {

        OneByOne(ImportJob job, ImportSettings settings) {
            super(job, settings);
        }

        @Override
        boolean write(ChunkWriter.ReadChunk read, long done) {
            Optional<ChunkWriter.Decided> written;
            try {
                written = writeChunk(job, settings, read, done, index);
            } catch (DataIntegrityViolationException conflict) {
                writtenAgain(job, done);
                index = null;
                written = writeChunk(job, settings, read, done, null);
            }
            if (written.isEmpty()) {
                return false;
            }
            if (index == null) {
                index = indexes.load();
            } else {
                index.apply(settings.partnerId(), written.get().known(), written.get().plan());
            }
            return true;
        }
    }

    /**
     * Each chunk decided on the index, given its ids and taken into the index at once, then
     * written by a storing thread while the next chunks are decided and written (PostgreSQL): up
     * to {@link #WRITERS} chunks are written at once, on as many connections, and each commits
     * only after the one before it; a chunk that needs rows another one still writes waits for
     * it. When a chunk breaks one of the registry's constraints, it is rolled back with the chunks
     * after it, they are written again with fresh look-ups in the database, and the index is
     * read again.
     */
    private final class Pipelined extends ChunkWriting {

        private final Deque<InFlight> inFlight = new ArrayDeque<>();

        Pipelined(ImportJob job, ImportSettings settings) {
            super(job, settings);
        }

        @Override
        boolean write(ChunkWriter.ReadChunk read, long done) {
            ChunkWriter.Decided ahead = writer.decide(settings, read, index);
            writer.assignIds(ahead);
            index.apply(settings.partnerId(), ahead.known(), ahead.plan());
            Settled previous = Settled.COMMITTED;
            boolean waited = false;
            while (previous == Settled.COMMITTED && !inFlight.isEmpty()) {
                if (inFlight.size() < WRITERS) {
                    if (!dependsOnInFlight(ahead.plan(), inFlight)) {
                        break;
                    }
                    waited = true;
                }
                previous = settle(job, settings, inFlight, read);
            }
            if (waited) {
                chunksThatWaited.incrementAndGet();
            }
            if (previous == Settled.TAKEN_OVER) {
                index = null;
                return false;
            }
            if (previous == Settled.WRITTEN_AGAIN) {
                index = indexes.load();
            } else {
                Future<Boolean> before = inFlight.isEmpty() ? null : inFlight.peekLast().committed();
                inFlight.addLast(new InFlight(read, done, ahead.plan().touched(),
                        storing.submit(() -> store(job, ahead, read, done, before))));
            }
            return true;
        }

        @Override
        boolean finish() {
            Settled last = Settled.COMMITTED;
            while (!inFlight.isEmpty() && last == Settled.COMMITTED) {
                last = settle(job, settings, inFlight, null);
            }
            if (last == Settled.TAKEN_OVER) {
                index = null;
                return false;
            }
            if (last == Settled.WRITTEN_AGAIN) {
                index = indexes.load();
            }
            return true;
        }

        /** The chunks being written still count: the rows before a damaged part of the file are kept. */
        @Override
        void failed(RuntimeException failure) {
            super.failed(failure);
            try {
                while (!inFlight.isEmpty() && settle(job, settings, inFlight, null) == Settled.COMMITTED) {
                    // settled in file order
                }
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed);
            }
        }

        @Override
        void close() {
            if (!inFlight.isEmpty()) {
                inFlight.forEach(stillWriting -> stillWriting.committed().cancel(false));
                index = null;
            }
            super.close();
        }
    }

    /** Whether the plan needs rows that a chunk still being written creates or changes (then it waits for it). */
    private static boolean dependsOnInFlight(ChunkPlan plan, Deque<InFlight> inFlight) {
        return inFlight.stream().anyMatch(chunk -> plan.dependsOn(chunk.touched()));
    }

    /**
     * Waits for the oldest chunk handed to the storing threads. When it broke a constraint, the
     * chunks after it roll back (each waits for the one before it); it is written again from the
     * database, then so are they and {@code decidedAfter} (decided on an index that counted on
     * them), so that the caller reads the index again. When it was taken over, so are the others.
     */
    private Settled settle(ImportJob job, ImportSettings settings, Deque<InFlight> inFlight, ChunkWriter.ReadChunk decidedAfter) {
        InFlight oldest = inFlight.removeFirst();
        try {
            if (outcome(oldest)) {
                return Settled.COMMITTED;
            }
            awaitAll(inFlight);
            inFlight.clear();
            return Settled.TAKEN_OVER;
        } catch (ExecutionException failed) {
            awaitAll(inFlight);
            if (!(failed.getCause() instanceof DataIntegrityViolationException)) {
                inFlight.clear();
                throw failed.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(failed.getCause());
            }
            writtenAgain(job, oldest.expectedDone());
            List<ChunkWriter.ReadChunk> again = new ArrayList<>();
            again.add(oldest.read());
            inFlight.forEach(after -> again.add(after.read()));
            inFlight.clear();
            if (decidedAfter != null) {
                again.add(decidedAfter);
            }
            long done = oldest.expectedDone();
            for (ChunkWriter.ReadChunk read : again) {
                if (writeChunk(job, settings, read, done, null).isEmpty()) {
                    return Settled.TAKEN_OVER;
                }
                done += read.records();
            }
            return Settled.WRITTEN_AGAIN;
        }
    }

    /** Whether the chunk committed (false when taken over); its failure as thrown by its thread. */
    private static boolean outcome(InFlight chunk) throws ExecutionException {
        return ended(chunk.committed());
    }

    /** What the storing thread's work returned, once it ended; an interrupt stops the import. */
    private static <T> T ended(Future<T> work) throws ExecutionException {
        try {
            return work.get();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Import interrupted", stopped);
        }
    }

    /** Waits until the chunks still in flight have ended (rolled back, since one before them did not commit). */
    private static void awaitAll(Deque<InFlight> inFlight) {
        for (InFlight chunk : inFlight) {
            try {
                outcome(chunk);
            } catch (ExecutionException rolledBack) {
                // expected: it waited for a chunk that did not commit
            }
        }
    }

    private void writtenAgain(ImportJob job, long done) {
        chunksWrittenAgain.incrementAndGet();
        LOG.info("Import {}: the registry changed meanwhile; the chunk after record {} is written again from the database", job.id(), done);
    }

    private static boolean takenOver(ImportJob job) {
        LOG.warn("Import {} was taken over by another node", job.id());
        return false;
    }

    /**
     * Writes a decided chunk and moves the checkpoint in one transaction, once the chunk before it
     * (if any) committed; false when another node moved the checkpoint.
     */
    private boolean store(ImportJob job, ChunkWriter.Decided decided, ChunkWriter.ReadChunk read, long expectedDone,
                          Future<Boolean> before) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            storeAndPlace(decided);
            if (before != null && !committed(before)) {
                status.setRollbackOnly();
                return false;
            }
            return advance(job, read, decided, expectedDone, status);
        }));
    }

    /** Whether the chunk before committed; an exception (so that this one rolls back) when it failed. */
    private static boolean committed(Future<Boolean> before) {
        try {
            return ended(before);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("The chunk before this one was not written", failed.getCause());
        }
    }

    /**
     * Decides and writes a chunk and moves the checkpoint in one transaction (with the database's
     * look-ups when there is no index); empty when another node moved the checkpoint.
     */
    private Optional<ChunkWriter.Decided> writeChunk(ImportJob job, ImportSettings settings, ChunkWriter.ReadChunk read,
                                                     long expectedDone, RegistryIndex index) {
        return Optional.ofNullable(transactions.execute(status -> {
            ChunkWriter.Decided decided = writer.decide(settings, read, index);
            storeAndPlace(decided);
            return advance(job, read, decided, expectedDone, status) ? decided : null;
        }));
    }

    /**
     * Writes a decided chunk, then puts the records of the SIRENs it added a record to under their
     * company, in the chunk's transaction: an establishment is under its company as soon as it is
     * in the registry.
     */
    private void storeAndPlace(ChunkWriter.Decided decided) {
        writer.store(decided);
        establishments.attachSirens(decided.plan().companiesToPlace());
    }

    private boolean advance(ImportJob job, ChunkWriter.ReadChunk read, ChunkWriter.Decided decided, long expectedDone,
                            TransactionStatus status) {
        if (!jobs.advance(job.id(), expectedDone, read.records(), decided.counts(), read.progress(), clock.instant())) {
            status.setRollbackOnly();
            return false;
        }
        return true;
    }

    private static Object take(BlockingQueue<Object> chunks) {
        try {
            return chunks.take();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Import interrupted", stopped);
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    SheetReader open(ImportJob job) {
        return switch (job.format()) {
            case CSV -> new CsvSheetReader(files.open(job.fileKey()), job.fileSize(), Charset.forName(job.encoding()));
            case XLSX -> new XlsxSheetReader(files.open(job.fileKey()), job.totalRecords() == null ? 0 : job.totalRecords() + 1);
        };
    }

    static ImportSettings settings(ImportJob job) {
        Set<ConsentPurpose> consents = EnumSet.noneOf(ConsentPurpose.class);
        if (job.consentNewsletter()) {
            consents.add(ConsentPurpose.NEWSLETTER);
        }
        if (job.consentInvitations()) {
            consents.add(ConsentPurpose.EVENT_INVITATIONS);
        }
        return new ImportSettings(job.id(), job.partnerId(), job.accountId(), job.fileName(), job.mapping(),
                job.defaultCountry() == null ? null : Country.valueOf(job.defaultCountry()), job.lawfulBasis(),
                job.consentSource(), consents, job.createdAt());
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
        storing.shutdownNow();
    }
}
