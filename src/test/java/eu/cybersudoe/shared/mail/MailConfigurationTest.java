package eu.cybersudoe.shared.mail;

import eu.cybersudoe.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox is the default; a relay host switches to SMTP. */
class MailConfigurationTest {

    @TempDir
    Path dataDir;

    ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
                .withUserConfiguration(MailConfiguration.class)
                .withPropertyValues("cybersudoe.data-dir=" + dataDir);
    }

    @Test
    void writesToTheOutboxWithoutARelay() {
        runner().run(context -> assertThat(context).hasSingleBean(Outbox.class).doesNotHaveBean(JavaMailSender.class)
                .getBean(Mailer.class).isInstanceOf(OutboxMailer.class));
        runner().withPropertyValues("spring.mail.host=false").run(context -> {
            assertThat(context).doesNotHaveBean(JavaMailSender.class).getBean(Mailer.class).isInstanceOf(OutboxMailer.class);
            context.getBean(Mailer.class).send(OutgoingMail.of("a@example.org", "Olá", "Texto", Language.PT, "test"));
            assertThat(context.getBean(Outbox.class).list(1, 10).total()).isEqualTo(1);
            assertThat(dataDir.resolve("outbox")).isDirectoryContaining("glob:**.eml");
        });
    }

    @Test
    void sendsThroughARelayWhenOneIsNamed() {
        runner().withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=2525",
                        "cybersudoe.mail.from=Rede CyberSudoe <rede@cybersudoe.eu>")
                .run(context -> {
                    assertThat(context).hasSingleBean(Mailer.class).hasSingleBean(Outbox.class);
                    assertThat(context.getBean(Mailer.class)).isInstanceOf(SmtpMailer.class);
                    assertThat(context.getBean(MailComposer.class).from().getPersonal()).isEqualTo("Rede CyberSudoe");
                });
    }

    @Test
    void usesTheDefaultSender() {
        runner().run(context -> assertThat(context.getBean(MailSettings.class).from()).isEqualTo("CyberSudoe <no-reply@cybersudoe.eu>"));
    }
}
