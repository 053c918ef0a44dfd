package eu.cybersudoe.missions.internal;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Mailer;
import eu.cybersudoe.shared.mail.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The missions' e-mails to the company, in the language of its request: a declined request
 * with the reason, a delivered report, the follow-up questions. Nothing is sent when the request
 * gave no address.
 * <p>
 * A decline or a delivery publishes {@link Due}; the message is sent once that move has
 * committed, from the event publication registry, so that a relay outage never undoes the move
 * and the message is sent again until the relay takes it (the publication stays incomplete
 * meanwhile, listed for network admins and retried).
 */
@Component
class MissionMails {

    /** What a mission's move owes its company, once the move is committed. */
    enum Kind { DECLINED, DELIVERED }

    /**
     * A message owed to the company of a mission.
     *
     * @param missionId the mission
     * @param kind      which message
     */
    record Due(long missionId, Kind kind) {
    }

    private static final Logger log = LoggerFactory.getLogger(MissionMails.class);

    private final Mailer mailer;
    private final MessageSource messages;
    private final Network network;
    private final String baseUrl;

    private final MissionStore store;

    MissionMails(Mailer mailer, MessageSource messages, Network network, @Value("${cybersudoe.base-url}") String baseUrl,
                 MissionStore store) {
        this.mailer = mailer;
        this.store = store;
        this.messages = messages;
        this.network = network;
        this.baseUrl = baseUrl;
    }

    /** Sends the message owed, after the move's commit; a failure leaves the publication to be retried. */
    @ApplicationModuleListener
    void on(Due due) {
        Mission mission = store.find(due.missionId()).orElseThrow();
        switch (due.kind()) {
            case DECLINED -> declined(mission);
            case DELIVERED -> delivered(mission);
        }
    }

    private void declined(Mission mission) {
        send(mission, "declined", mission.reason());
    }

    private void delivered(Mission mission) {
        send(mission, "delivered", url(mission.request().language(), "/my-company/missions/" + mission.id()));
    }

    void followUp(Mission mission, String token) {
        send(mission, "followUp", url(mission.request().language(), "/missions/follow-up/" + token));
    }

    private void send(Mission mission, String kind, String detail) {
        String to = mission.request().contactEmail();
        if (to == null) {
            log.info("Mission {}: no address for the {} message", mission.id(), kind);
            return;
        }
        Language language = mission.request().language();
        String partner = network.partner(new PartnerId(mission.partnerId())).map(Partner::name).orElse(mission.partnerId());
        String text = t(language, "missions.mail." + kind + ".text", partner, detail) + "\n\n-- \n" + t(language, "mail.signature");
        mailer.send(OutgoingMail.of(to, t(language, "missions.mail." + kind + ".subject", partner), text, language,
                "mission." + kind.toLowerCase(java.util.Locale.ROOT)));
    }

    private String url(Language language, String path) {
        return baseUrl + "/" + language.code() + path;
    }

    private String t(Language language, String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }
}
