package eu.cybersudoe.shared.files;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Gives the application its {@link FileStore}, chosen by {@code cybersudoe.files.store}
 * ({@code FILE_STORE}): {@code local} (the default), the {@link LocalFileStore} under
 * {@code ${cybersudoe.data-dir}/files}, for one node or for nodes sharing that folder;
 * {@code database}, the {@link DatabaseFileStore}, which every node on the database shares.
 * Another {@link FileStore} bean declared elsewhere replaces both: the local store is a
 * fallback, skipped when that bean is known.
 *
 * <p>With the database store, {@code cybersudoe.files.copy-from-disk=true}
 * ({@code FILE_STORE_COPY_FROM_DISK}) copies at start every file the local store kept, under its
 * own key ({@link DiskFilesCopy}).
 */
@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {

    static final String STORE = "cybersudoe.files.store";

    @Bean
    @Fallback
    @ConditionalOnMissingBean(FileStore.class)
    @ConditionalOnProperty(name = STORE, havingValue = "local", matchIfMissing = true)
    LocalFileStore localFileStore(@Value("${cybersudoe.data-dir:./data}") Path dataDir, ObjectProvider<Clock> clock) {
        return localStore(dataDir, clock);
    }

    @Bean
    @ConditionalOnMissingBean(FileStore.class)
    @ConditionalOnProperty(name = STORE, havingValue = "database")
    DatabaseFileStore databaseFileStore(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        return new DatabaseFileStore(jdbc, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnProperty(name = "cybersudoe.files.copy-from-disk", havingValue = "true")
    ApplicationRunner diskFilesCopy(@Value("${cybersudoe.data-dir:./data}") Path dataDir, ObjectProvider<Clock> clock,
                                    ObjectProvider<DatabaseFileStore> database) {
        DatabaseFileStore target = database.getIfAvailable();
        if (target == null) {
            throw new IllegalStateException("cybersudoe.files.copy-from-disk needs cybersudoe.files.store=database");
        }
        return arguments -> new DiskFilesCopy(localStore(dataDir, clock), target).run();
    }

    private static LocalFileStore localStore(Path dataDir, ObjectProvider<Clock> clock) {
        return new LocalFileStore(dataDir.resolve("files"), clock.getIfAvailable(Clock::systemUTC));
    }
}
