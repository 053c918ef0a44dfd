package eu.cybersudoe.conferences;

import eu.cybersudoe.shared.LocalizedText;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The conferences a partner organised, for modules that refer to one (a mission requested by a
 * company met at a conference). Only {@code conferences} names its tables in SQL.
 */
public interface ConferenceDirectory {

    /**
     * A conference as a list shows it.
     *
     * @param city its city, or null when online
     */
    record Listed(long id, LocalizedText title, String city) {
    }

    /** The partner's conferences past their draft, the latest first, at most {@code limit}. */
    List<Listed> organisedBy(String partnerId, int limit);

    /** Whether the conference was organised by the partner. */
    boolean isOrganisedBy(long conferenceId, String partnerId);

    /**
     * A committee seminar (kind {@code COMMITTEE_SEMINAR}) as the committees refer to it.
     *
     * @param city its city, or null when online
     */
    record Seminar(long id, LocalizedText title, String city, Instant startsAt, ZoneId zone) {
    }

    /** The committee seminars past their draft and not cancelled, the earliest first. */
    List<Seminar> committeeSeminars();
}
