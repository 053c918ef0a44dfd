package eu.cybersudoe.shared.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Chooses the {@link Mailer}: {@link SmtpMailer} when {@code spring.mail.host} names a relay,
 * otherwise {@link OutboxMailer}, which writes to {@code ${cybersudoe.data-dir}/outbox}. The
 * {@link Outbox} reader is always there, so messages written before a relay was configured
 * stay readable.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    @Bean
    OutboxFolder outbox(@Value("${cybersudoe.data-dir:./data}") Path dataDir) {
        return new OutboxFolder(dataDir.resolve("outbox"));
    }

    @Bean
    MailComposer mailComposer(MailSettings settings, ObjectProvider<Clock> clock) {
        return new MailComposer(settings, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @Conditional(RelayConfigured.class)
    SmtpMailer smtpMailer(JavaMailSenderImpl relay, MailComposer composer) {
        return new SmtpMailer(relay, composer);
    }

    @Bean
    @Conditional(NoRelay.class)
    OutboxMailer outboxMailer(MailComposer composer, OutboxFolder outbox, ObjectProvider<Clock> clock) {
        return new OutboxMailer(composer, outbox, clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * Whether {@code spring.mail.host} names a relay. Empty and {@code false} do not (the
     * configuration maps an unset {@code SMTP_HOST} to {@code false}, which also keeps Spring
     * Boot's own mail sender off).
     */
    static boolean relayConfigured(String host) {
        return StringUtils.hasText(host) && !"false".equalsIgnoreCase(host.strip());
    }

    static final class RelayConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return relayConfigured(context.getEnvironment().getProperty("spring.mail.host"));
        }
    }

    static final class NoRelay implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !relayConfigured(context.getEnvironment().getProperty("spring.mail.host"));
        }
    }
}
