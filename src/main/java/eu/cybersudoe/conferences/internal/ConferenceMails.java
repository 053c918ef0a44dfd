package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.shared.web.QrCodes;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.mail.Mailer;
import eu.cybersudoe.shared.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The conferences' e-mails, each in its recipient's language: confirmation, promotion from the
 * waiting list and reminder (each with the calendar file and the check-in QR code), waiting list,
 * cancellation, invitation and
 * the satisfaction rating request. Every message ends with the personal links that apply.
 */
@Component
public class ConferenceMails {

    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;
    private final CheckInLinks checkInLinks;
    private final Network network;

    ConferenceMails(Mailer mailer, MessageSource messages, @Value("${cybersudoe.base-url}") String baseUrl,
                    CheckInLinks checkInLinks, Network network) {
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.checkInLinks = checkInLinks;
        this.network = network;
    }

    /** The absolute address of a path within a language. */
    public String url(Language language, String path) {
        return baseUrl + "/" + language.code() + path;
    }

    public String pageUrl(Conference conference, Language language) {
        return url(language, "/conferences/" + conference.id());
    }

    void confirmed(Conference conference, Registration registration) {
        confirmedAs(conference, registration, "confirmed");
    }

    void waiting(Conference conference, Registration registration) {
        mailer.send(compose(conference, registration, "waiting", null));
    }

    void promoted(Conference conference, Registration registration) {
        confirmedAs(conference, registration, "promoted");
    }

    void reminder(Conference conference, Registration registration) {
        confirmedAs(conference, registration, "reminder");
    }

    void cancelled(Conference conference, Registration registration) {
        mailer.send(compose(conference, registration, "cancelled", null));
    }

    void ratingRequest(Conference conference, Registration registration) {
        mailer.send(compose(conference, registration, "rating", url(registration.language(),
                "/conferences/registrations/" + registration.token() + "/rating")));
    }

    /** An invitation to a person who may be written to for event invitations. */
    void invitation(Conference conference, String email, String firstName, Language language, boolean press) {
        String kind = press ? "press" : "invitation";
        String subject = t(language, "conferences.mail." + kind + ".subject", title(conference, language));
        String text = t(language, "conferences.mail." + kind + ".text", firstName == null ? "" : " " + firstName,
                title(conference, language), when(conference, language), where(conference, language),
                conference.details().description().in(language).text(), organiser(conference), pageUrl(conference, language))
                + signature(language);
        mailer.send(OutgoingMail.of(email, subject, text, language, "conference." + kind).withToName(firstName));
    }

    /** A message to a confirmed person: the calendar file and the QR code of their check-in link go with it. */
    private void confirmedAs(Conference conference, Registration registration, String kind) {
        Language language = registration.language();
        String checkIn = url(language, checkInLinks.path(registration));
        mailer.send(compose(conference, registration, kind, checkIn)
                .withAttachment(new OutgoingMail.Attachment("conference-" + conference.id() + ".ics", "text/calendar",
                        calendar(conference, language).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .withAttachment(new OutgoingMail.Attachment("check-in.png", "image/png", QrCodes.png(checkIn, 360))));
    }

    private OutgoingMail compose(Conference conference, Registration registration, String kind, String extraLink) {
        Language language = registration.language();
        String title = title(conference, language);
        String cancel = url(language, "/conferences/registrations/" + registration.token() + "/cancel");
        String online = conference.details().format().hasLink() && conference.details().onlineLink() != null
                && registration.status() == RegistrationStatus.CONFIRMED
                ? t(language, "conferences.mail.onlineLink", conference.details().onlineLink()) : "";
        String text = t(language, "conferences.mail." + kind + ".text", registration.firstName() == null ? "" : " " + registration.firstName(),
                title, when(conference, language), where(conference, language), cancel, extraLink == null ? "" : extraLink,
                online, pageUrl(conference, language)) + signature(language);
        return OutgoingMail.of(registration.email(), t(language, "conferences.mail." + kind + ".subject", title), text,
                language, "conference." + kind).withToName(registration.fullName());
    }

    String calendar(Conference conference, Language language) {
        return CalendarFiles.calendar(List.of(conference), language, title(conference, language),
                c -> pageUrl(c, language), c -> where(c, language));
    }

    /** The day and times in the venue's zone, followed by the times in the network's other zone when they differ. */
    public String when(Conference conference, Language language) {
        ConferenceDetails d = conference.details();
        StringBuilder when = new StringBuilder(ConferenceTimes.day(d.startsAt(), d.zone(), language))
                .append(", ").append(ConferenceTimes.span(d.startsAt(), d.endsAt(), d.zone()))
                .append(" (").append(t(language, "conferences.zone." + zoneKey(d.zone()))).append(")");
        for (ConferenceTimes.Elsewhere other : ConferenceTimes.elsewhere(d.startsAt(), d.endsAt(), d.zone())) {
            when.append("; ").append(other.span()).append(" (").append(t(language, "conferences.zone." + other.city())).append(")");
        }
        return when.toString();
    }

    /** The venue as one line, or the words for an online conference. */
    public String where(Conference conference, Language language) {
        ConferenceDetails d = conference.details();
        if (!d.format().hasVenue()) {
            return t(language, "conferences.format.ONLINE");
        }
        return String.join(", ", java.util.stream.Stream.of(d.venue(), d.address(), d.postcode() == null ? d.city()
                        : d.postcode() + " " + (d.city() == null ? "" : d.city()))
                .filter(s -> s != null && !s.isBlank()).map(String::strip).toList());
    }

    /** The key naming a zone in the bundles: its city. */
    public static String zoneKey(java.time.ZoneId zone) {
        String id = zone.getId();
        return id.substring(id.indexOf('/') + 1);
    }

    private String organiser(Conference conference) {
        return network.partner(new PartnerId(conference.partnerId())).map(Partner::name).orElse(conference.partnerId());
    }

    private static String title(Conference conference, Language language) {
        return conference.details().title().in(language).text();
    }

    private String signature(Language language) {
        return "\n\n-- \n" + t(language, "mail.signature");
    }

    String t(Language language, String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, language.locale());
    }
}
