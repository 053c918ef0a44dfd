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
import org.springframework.stereotype.Component;

/**
 * The missions' e-mails to the company, in the language of its request: a declined request
 * with the reason, a delivered report, the follow-up questions. Nothing is sent when the request
 * gave no address.
 */
@Component
class MissionMails {

    private static final Logger log = LoggerFactory.getLogger(MissionMails.class);

    private final Mailer mailer;
    private final MessageSource messages;
    private final Network network;
    private final String baseUrl;

    MissionMails(Mailer mailer, MessageSource messages, Network network, @Value("${cybersudoe.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.network = network;
        this.baseUrl = baseUrl;
    }

    void declined(Mission mission) {
        send(mission, "declined", mission.reason());
    }

    void delivered(Mission mission) {
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
