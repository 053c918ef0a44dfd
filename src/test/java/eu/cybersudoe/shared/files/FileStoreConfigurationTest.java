package eu.cybersudoe.shared.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The local store is the default under the data folder, and steps aside for another store. */
class FileStoreConfigurationTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsFilesUnderTheDataFolder() {
        new ApplicationContextRunner().withUserConfiguration(FileStoreConfiguration.class)
                .withPropertyValues("cybersudoe.data-dir=" + dataDir)
                .run(context -> assertThat(context.getBean(FileStore.class)).isInstanceOfSatisfying(LocalFileStore.class,
                        store -> assertThat(store.root()).isEqualTo(dataDir.resolve("files").toAbsolutePath())));
    }

    @Test
    void anotherStoreReplacesIt() {
        new ApplicationContextRunner().withUserConfiguration(ObjectStore.class, FileStoreConfiguration.class)
                .run(context -> assertThat(context.getBean(FileStore.class)).isInstanceOf(NoStore.class));
        new ApplicationContextRunner().withUserConfiguration(FileStoreConfiguration.class, ObjectStore.class)
                .run(context -> assertThat(context.getBean(FileStore.class)).isInstanceOf(NoStore.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class ObjectStore {
        @Bean
        FileStore objectStore() {
            return new NoStore();
        }
    }

    static final class NoStore implements FileStore {
        @Override
        public StoredFile store(String area, String fileName, InputStream content) {
            throw new UnsupportedOperationException();
        }

        @Override
        public InputStream open(String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<StoredFile> find(String key) {
            return Optional.empty();
        }

        @Override
        public boolean delete(String key) {
            return false;
        }
    }
}
