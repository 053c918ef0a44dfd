package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.conferences.ConferenceKind;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What the organisers say about a conference, checked: everything but its status and counts.
 *
 * @param coOrganisers the co-organising partners' ids
 * @param themes       theme codes
 * @param languages    the languages spoken
 * @param onlineLink   the link to join, shown to registered people only
 * @param zone         the venue's time zone, in which organisers typed the times
 * @param speakers     the speakers, one a line
 */
public record ConferenceDetails(ConferenceKind kind, LocalizedText title, LocalizedText description, List<String> coOrganisers,
                                List<String> themes, List<Language> languages, ConferenceFormat format, String venue,
                                String address, String postcode, String city, Country country, String nuts2, String onlineLink,
                                ZoneId zone, Instant startsAt, Instant endsAt, int capacity, Instant registrationOpensAt,
                                Instant registrationClosesAt, String speakers) {

    public ConferenceDetails {
        coOrganisers = List.copyOf(coOrganisers);
        themes = List.copyOf(themes);
        languages = List.copyOf(languages);
    }

    /** The same details in another NUTS 2 region. */
    public ConferenceDetails inRegion(String region) {
        return new ConferenceDetails(kind, title, description, coOrganisers, themes, languages, format, venue, address, postcode,
                city, country, region, onlineLink, zone, startsAt, endsAt, capacity, registrationOpensAt, registrationClosesAt,
                speakers);
    }
}
