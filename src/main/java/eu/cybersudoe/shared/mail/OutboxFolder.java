package eu.cybersudoe.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The outbox folder: one {@code .eml} file per message, named
 * {@code <yyyyMMdd>T<HHmmssSSS>Z-<random>.eml} so that names sort by date. The name without its
 * extension is the message's id. Files are written beside their final name and moved into
 * place, so the outbox never shows half a message.
 */
class OutboxFolder implements Outbox {

    private static final Pattern ID = Pattern.compile("[0-9]{8}T[0-9]{9}Z-[0-9a-f]{32}");
    private static final String EXTENSION = ".eml";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final EmlReader reader;

    OutboxFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        Properties properties = new Properties();
        properties.setProperty("mail.mime.decodefilename", "true");
        this.reader = new EmlReader(Session.getInstance(properties));
    }

    Path folder() {
        return folder;
    }

    /** Writes the message and returns the file it is in. */
    Path write(MimeMessage message, Instant at) throws IOException, MessagingException {
        Files.createDirectories(folder);
        String id = STAMP.format(at) + "-" + UUID.randomUUID().toString().replace("-", "");
        Path temporary = Files.createTempFile(folder, ".writing-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                message.writeTo(out);
            }
            Path target = folder.resolve(id + EXTENSION);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public OutboxPage list(int page, int size) {
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("No such page: " + page + " of size " + size);
        }
        List<String> ids = ids();
        List<OutboxEntry> entries = ids.stream()
                .skip((long) (page - 1) * size)
                .limit(size)
                .map(id -> reader.entry(id, file(id)))
                .toList();
        return new OutboxPage(entries, page, size, ids.size());
    }

    @Override
    public Optional<OutboxMessage> find(String id) {
        if (!isId(id)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file(id))) {
            return Optional.of(reader.message(id, in));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the outbox message " + id, e);
        }
    }

    /** The ids of the messages, newest first. */
    private List<String> ids() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(EXTENSION))
                    .map(name -> name.substring(0, name.length() - EXTENSION.length()))
                    .filter(OutboxFolder::isId)
                    .sorted(Comparator.reverseOrder())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the outbox " + folder, e);
        }
    }

    static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private Path file(String id) {
        Path file = folder.resolve(id + EXTENSION).normalize();
        if (!folder.equals(file.getParent())) {
            throw new IllegalStateException("An id left the outbox: " + id);
        }
        return file;
    }
}
