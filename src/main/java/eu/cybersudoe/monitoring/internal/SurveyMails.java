package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Mailer;
import eu.cybersudoe.shared.mail.OutgoingMail;
import eu.cybersudoe.shared.security.PrivateTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Mails the satisfaction survey after the sending committed: each sampled contact not mailed yet gets,
 * in their language, a personal link with a fresh token of which only the hash is kept. A contact
 * whose mail fails stays "not mailed" and is mailed when the survey is sent again.
 */
@Component
class SurveyMails {

    private static final Logger log = LoggerFactory.getLogger(SurveyMails.class);

    private record Recipient(long id, String email, Language language) {
    }

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    SurveyMails(JdbcClient jdbc, Mailer mailer, MessageSource messages, Clock clock, @Value("${cybersudoe.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(Samples.SurveySent sent) {
        send(sent.sampleId());
    }

    /** Mails every member of the sample not mailed yet; those whose mail fails stay to send. */
    public void send(long sampleId) {
        Samples.SurveySent sent = new Samples.SurveySent(sampleId);
        List<Recipient> recipients = jdbc.sql("""
                        select id, email, language from monitoring_sample_member
                        where sample_id = ? and mailed_at is null order by position""").param(sent.sampleId())
                .query((rs, n) -> new Recipient(rs.getLong(1), rs.getString(2),
                        Language.fromCode(rs.getString(3)).orElse(Language.DEFAULT)))
                .list();
        for (Recipient recipient : recipients) {
            String token = PrivateTokens.newToken();
            Language l = recipient.language();
            String link = baseUrl + "/" + l.code() + "/evaluation/survey/" + token;
            try {
                mailer.send(OutgoingMail.of(recipient.email(), t(l, "evaluation.mail.subject"),
                        t(l, "evaluation.mail.body", link), l, "evaluation-survey"));
                jdbc.sql("update monitoring_sample_member set token_hash = ?, mailed_at = ? where id = ? and mailed_at is null")
                        .params(PrivateTokens.hash(token), Timestamp.from(clock.instant()), recipient.id()).update();
            } catch (RuntimeException failed) {
                log.warn("Survey mail of sample {} to member {} failed; it stays to send: {}", sent.sampleId(), recipient.id(),
                        failed.getMessage());
            }
        }
    }

    private String t(Language language, String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }
}
