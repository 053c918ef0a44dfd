package eu.cybersudoe.conferences.web;

import eu.cybersudoe.conferences.internal.Conference;
import eu.cybersudoe.conferences.internal.ConferenceDetails;
import eu.cybersudoe.conferences.internal.ConferenceFormat;
import eu.cybersudoe.conferences.internal.ConferenceStatus;
import eu.cybersudoe.shared.Language;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** The schema.org {@code Event} of a conference page, as JSON-LD safe to put inside a script element. */
final class EventJsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventJsonLd() {
    }

    static String of(Conference conference, Language language, String url, List<String> organisers) {
        ConferenceDetails d = conference.details();
        ObjectNode event = JSON.createObjectNode();
        event.put("@context", "https://schema.org");
        event.put("@type", "Event");
        event.put("name", d.title().in(language).text());
        event.put("description", d.description().in(language).text());
        event.put("startDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.startsAt().atZone(d.zone())));
        event.put("endDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.endsAt().atZone(d.zone())));
        event.put("url", url);
        var languages = event.putArray("inLanguage");
        d.languages().forEach(spoken -> languages.add(spoken.code()));
        event.put("eventStatus", conference.status() == ConferenceStatus.CANCELLED
                ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled");
        event.put("eventAttendanceMode", switch (d.format()) {
            case IN_PERSON -> "https://schema.org/OfflineEventAttendanceMode";
            case ONLINE -> "https://schema.org/OnlineEventAttendanceMode";
            case HYBRID -> "https://schema.org/MixedEventAttendanceMode";
        });
        var locations = event.putArray("location");
        if (d.format() != ConferenceFormat.ONLINE) {
            ObjectNode place = locations.addObject();
            place.put("@type", "Place");
            place.put("name", d.venue());
            ObjectNode address = place.putObject("address");
            address.put("@type", "PostalAddress");
            address.put("streetAddress", d.address());
            address.put("postalCode", d.postcode());
            address.put("addressLocality", d.city());
            address.put("addressCountry", d.country().name());
        }
        if (d.format() != ConferenceFormat.IN_PERSON) {
            ObjectNode virtual = locations.addObject();
            virtual.put("@type", "VirtualLocation");
            virtual.put("url", url);
        }
        var organiserNodes = event.putArray("organizer");
        for (String organiser : organisers) {
            ObjectNode node = organiserNodes.addObject();
            node.put("@type", "Organization");
            node.put("name", organiser);
        }
        ObjectNode offer = event.putObject("offers");
        offer.put("@type", "Offer");
        offer.put("price", "0");
        offer.put("priceCurrency", "EUR");
        offer.put("url", url);
        offer.put("availability", conference.seatsLeft() > 0 ? "https://schema.org/InStock" : "https://schema.org/SoldOut");
        event.put("maximumAttendeeCapacity", d.capacity());
        return JSON.writeValueAsString(event).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
