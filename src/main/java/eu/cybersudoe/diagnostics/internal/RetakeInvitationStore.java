package eu.cybersudoe.diagnostics.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.diagnostics.RetakeInvitations;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Mailer;
import eu.cybersudoe.shared.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Retake invitations as rows of {@code retake_invitation}: a scheduler claims the due ones, each
 * by a conditional update, so that it is sent once even with several nodes; the e-mail goes after
 * the claim commits ({@link Due}, through the event publication registry), so that a relay outage
 * loses none: the publication waits, listed for network admins, and is retried.
 */
@Component
public class RetakeInvitationStore implements RetakeInvitations {

    private final JdbcClient jdbc;
    private final Questionnaires questionnaires;
    private final Mailer mailer;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    RetakeInvitationStore(JdbcClient jdbc, Questionnaires questionnaires, Mailer mailer, MessageSource messages,
                          ApplicationEventPublisher events, Clock clock, @Value("${cybersudoe.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
        this.mailer = mailer;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** A planned invitation, as staff and the company see it. */
    public record Invitation(long id, CompanyId company, String email, Language language, String questionnaire,
                             Instant due, String reason, Instant sentAt) {
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when there is no such questionnaire or no address
     */
    @Override
    public long schedule(CompanyId company, String email, Language language, String questionnaire, Instant due,
                         String reason) {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(due, "due");
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("An invitation needs an address");
        }
        if (questionnaires.current(questionnaire).isEmpty()) {
            throw new IllegalArgumentException("No questionnaire '" + questionnaire + "'");
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into retake_invitation (organisation_id, email, language, questionnaire_code, due_at, reason, created_at)
                        values (:company, :email, :language, :code, :due, :reason, :now)""")
                .param("company", company.value()).param("email", email.strip())
                .param("language", (language == null ? Language.DEFAULT : language).code())
                .param("code", questionnaire).param("due", Timestamp.from(due))
                .param("reason", reason == null ? "" : reason.strip())
                .param("now", Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The invitations of a company not sent yet, soonest first. */
    public List<Invitation> pending(CompanyId company) {
        return jdbc.sql("select * from retake_invitation where organisation_id = :company and sent_at is null order by due_at, id")
                .param("company", company.value())
                .query((rs, n) -> invitation(rs))
                .list();
    }

    /**
     * An invitation claimed when due, to send once the claim has committed.
     *
     * @param invitationId the invitation
     */
    record Due(long invitationId) {
    }

    /** Claims every invitation due now, each owed through {@link Due}; returns how many were claimed. */
    @Transactional
    public int sendDue() {
        Instant now = clock.instant();
        List<Long> due = jdbc.sql("select id from retake_invitation where sent_at is null and due_at <= :now order by due_at, id")
                .param("now", Timestamp.from(now)).query(Long.class).list();
        int claimed = 0;
        for (long id : due) {
            if (jdbc.sql("update retake_invitation set sent_at = :now where id = :id and sent_at is null")
                    .param("now", Timestamp.from(now)).param("id", id).update() == 1) {
                events.publishEvent(new Due(id));
                claimed++;
            }
        }
        return claimed;
    }

    /** Sends a claimed invitation after the claim's commit; a failure leaves the publication to be retried. */
    @ApplicationModuleListener
    void on(Due due) {
        send(jdbc.sql("select * from retake_invitation where id = ?").param(due.invitationId())
                .query((rs, n) -> invitation(rs)).single());
    }

    private static Invitation invitation(ResultSet rs) throws SQLException {
        return new Invitation(rs.getLong("id"), new CompanyId(rs.getLong("organisation_id")), rs.getString("email"),
                Language.fromCode(rs.getString("language")).orElse(Language.DEFAULT), rs.getString("questionnaire_code"),
                rs.getTimestamp("due_at").toInstant(), rs.getString("reason"), null);
    }

    private void send(Invitation invitation) {
        Language language = invitation.language();
        String title = questionnaires.current(invitation.questionnaire()).map(q -> q.title().in(language).text())
                .orElse(invitation.questionnaire());
        String link = baseUrl + "/" + language.code() + "/diagnostics#q-" + invitation.questionnaire();
        mailer.send(OutgoingMail.of(invitation.email(),
                messages.getMessage("diagnostics.mail.retake.subject", new Object[]{title}, language.locale()),
                messages.getMessage("diagnostics.mail.retake.text", new Object[]{title, link}, language.locale()),
                language, "diagnostics.retake"));
    }
}
