package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.accounts.AccountDirectory;
import eu.cybersudoe.accounts.AccountDirectory.AccountCard;
import eu.cybersudoe.accounts.StaffDirectory;
import eu.cybersudoe.monitoring.Alert;
import eu.cybersudoe.monitoring.AlertTexts;
import eu.cybersudoe.monitoring.Alerts;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Mailer;
import eu.cybersudoe.shared.mail.OutgoingMail;
import eu.cybersudoe.shared.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The weekly digest of the alerts not resolved: each partner's managers get their partner's, the
 * programme officers every alert, each in the language of their account. The week is planned in
 * one transaction (its round recorded once, one {@link Due} event per recipient); each mail is
 * written and sent after the commit by the event's listener, so a relay outage leaves the
 * publication to be retried and never loses a digest.
 */
@Component
class AlertDigest {

    static final String ROUND = "digest";

    private final AlertTable alerts;
    private final ObjectProvider<Network> network;
    private final ObjectProvider<StaffDirectory> staff;
    private final ObjectProvider<AccountDirectory> accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    AlertDigest(AlertTable alerts, ObjectProvider<Network> network, ObjectProvider<StaffDirectory> staff,
                ObjectProvider<AccountDirectory> accounts, Mailer mailer, MessageSource messages, ApplicationEventPublisher events,
                Clock clock, @Value("${cybersudoe.base-url:http://localhost:8080}") String baseUrl) {
        this.alerts = alerts;
        this.network = network;
        this.staff = staff;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /**
     * A digest owed to one person.
     *
     * @param accountId the recipient
     * @param partnerId the partner whose alerts they get, or null for every alert
     * @param week      the Monday of the week
     */
    public record Due(long accountId, String partnerId, LocalDate week) {
    }

    /**
     * Plans the digest of a week, once: one {@link Due} per partner manager and programme officer.
     *
     * @return how many digests were planned; 0 when the week's were already planned
     */
    @Transactional
    public int plan(LocalDate week) {
        if (!alerts.claimRound(ROUND, week, clock.instant())) {
            return 0;
        }
        int planned = 0;
        for (Partner partner : network.getObject().partners()) {
            for (var member : staff.getObject().staffOf(partner.id().value())) {
                if (member.role() == Role.PARTNER_MANAGER) {
                    events.publishEvent(new Due(member.accountId(), partner.id().value(), week));
                    planned++;
                }
            }
        }
        for (AccountCard officer : accounts.getObject().holding(Role.PROGRAMME_OFFICER)) {
            events.publishEvent(new Due(officer.accountId(), null, week));
            planned++;
        }
        return planned;
    }

    @ApplicationModuleListener
    void on(Due due) {
        accounts.getObject().account(due.accountId()).ifPresent(card -> send(card, Optional.ofNullable(due.partnerId()).map(PartnerId::new)));
    }

    /** Sends one digest now; false when there is nothing to tell. */
    boolean send(AccountCard card, Optional<PartnerId> partner) {
        List<Alert> open = alerts.list(new Alerts.Filter(partner, Optional.empty(), Optional.empty())).stream()
                .filter(a -> a.state() != Alert.State.RESOLVED).toList();
        if (open.isEmpty()) {
            return false;
        }
        Language language = card.language();
        String scope = partner.flatMap(p -> network.getObject().partner(p)).map(Partner::shortName)
                .orElseGet(() -> t(language, "monitoring.alert.network"));
        StringBuilder text = new StringBuilder(t(language, "monitoring.digest.intro", card.displayName(), scope, open.size()))
                .append("\n\n");
        for (Alert alert : open) {
            text.append("* ").append(t(language, "monitoring.alert.severity." + alert.severity().name().toLowerCase()))
                    .append(" — ").append(alert.explanation().in(language).text()).append("\n  ")
                    .append(t(language, "monitoring.digest.line", t(language, "monitoring.alert.state." + alert.state().code()),
                            AlertTexts.date(alert.raisedOn(), language))).append("\n");
        }
        String link = baseUrl + "/" + language.code() + "/office/indicators/alerts"
                + partner.map(p -> "?partner=" + p.value()).orElse("");
        text.append("\n").append(t(language, "monitoring.digest.link", link)).append("\n\n-- \n").append(t(language, "mail.signature"));
        mailer.send(OutgoingMail.of(card.email(), t(language, "monitoring.digest.subject", scope, open.size()), text.toString(),
                language, "monitoring.alert-digest"));
        return true;
    }

    private String t(Language language, String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }
}
