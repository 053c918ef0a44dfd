package eu.cybersudoe.shared.files;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Gives the application its {@link FileStore}: the {@link LocalFileStore} under
 * {@code ${cybersudoe.data-dir}/files}, unless another {@link FileStore} bean is declared. The
 * local store is skipped when that bean is already known and, being a fallback, never chosen
 * over it otherwise.
 */
@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {

    @Bean
    @Fallback
    @ConditionalOnMissingBean(FileStore.class)
    LocalFileStore localFileStore(@Value("${cybersudoe.data-dir:./data}") Path dataDir, ObjectProvider<Clock> clock) {
        return new LocalFileStore(dataDir.resolve("files"), clock.getIfAvailable(Clock::systemUTC));
    }
}
