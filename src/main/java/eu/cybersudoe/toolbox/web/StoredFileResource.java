package eu.cybersudoe.toolbox.web;

import eu.cybersudoe.shared.files.FileStore;
import org.springframework.core.io.AbstractResource;

import java.io.InputStream;

/**
 * A file of the {@link FileStore} as a Spring resource whose length is known and which can be
 * opened again: Spring MVC answers range requests on it with {@code 206} and the asked bytes,
 * streamed from the store (skipped up to the range's start, copied through a small buffer),
 * never read whole into memory.
 */
final class StoredFileResource extends AbstractResource {

    private final FileStore files;
    private final String key;
    private final long size;
    private final String fileName;

    StoredFileResource(FileStore files, String key, long size, String fileName) {
        this.files = files;
        this.key = key;
        this.size = size;
        this.fileName = fileName;
    }

    @Override
    public String getDescription() {
        return "toolbox file " + fileName;
    }

    @Override
    public InputStream getInputStream() {
        return files.open(key);
    }

    @Override
    public long contentLength() {
        return size;
    }

    @Override
    public String getFilename() {
        return fileName;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public boolean isReadable() {
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredFileResource resource && resource.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
