package eu.cybersudoe.conferences.web;

import eu.cybersudoe.conferences.internal.Conference;
import eu.cybersudoe.conferences.internal.ConferenceDetails;
import eu.cybersudoe.conferences.internal.ConferenceMails;
import eu.cybersudoe.conferences.internal.ConferenceTimes;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Region;
import eu.cybersudoe.shared.Language;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Makes the views pages show, in the reader's language. */
@Component
class ConferenceViews {

    private final Network network;
    private final ConferenceMails mails;
    private final Clock clock;

    ConferenceViews(Network network, ConferenceMails mails, Clock clock) {
        this.network = network;
        this.mails = mails;
        this.clock = clock;
    }

    ConferenceView of(Conference conference, Language language) {
        ConferenceDetails d = conference.details();
        Instant now = clock.instant();
        return new ConferenceView(conference, d.title().in(language), d.description().in(language),
                ConferenceTimes.day(d.startsAt(), d.zone(), language), ConferenceTimes.span(d.startsAt(), d.endsAt(), d.zone()),
                "conferences.zone." + ConferenceMails.zoneKey(d.zone()), ConferenceTimes.offset(d.startsAt(), d.zone()),
                ConferenceTimes.elsewhere(d.startsAt(), d.endsAt(), d.zone()), mails.where(conference, language),
                conference.organisers().stream().map(this::partnerName).toList(),
                d.themes().stream().map(code -> network.theme(code).map(t -> t.name().in(language).text()).orElse(code)).toList(),
                d.nuts2() == null ? null : network.region(d.nuts2()).map(Region::name).orElse(d.nuts2()),
                conference.isPast(now), conference.registrationOpen(now));
    }

    List<ConferenceView> of(List<Conference> conferences, Language language) {
        return conferences.stream().map(c -> of(c, language)).toList();
    }

    String partnerName(String id) {
        try {
            return network.partner(new PartnerId(id)).map(Partner::shortName).orElse(id);
        } catch (IllegalArgumentException malformed) {
            return id;
        }
    }
}
