package eu.cybersudoe.newsletters;

import eu.cybersudoe.shared.Language;

import java.util.List;

/**
 * The "upcoming events" block of an issue, chosen per recipient: the module that organises
 * conferences implements it as a Spring bean, giving the events of the recipient's country and
 * region first. Until such a bean exists the block is left out of every issue (the default
 * implementation has nothing to offer).
 *
 * <p>An issue is rendered once per language and region, so an implementation is called once
 * per issue, language and region, not once per recipient.
 */
public interface UpcomingEvents {

    /**
     * The events to announce to recipients of one country, best first.
     *
     * @param language the language of the variant; titles should be in it
     * @param country  the recipient organisation's country code (FR, ES, PT…), or null when unknown
     * @param region   the recipient organisation's NUTS 2 region (FRJ2, ES41…), or null when unknown
     * @param limit    how many at most
     */
    List<UpcomingEvent> upcomingFor(Language language, String country, String region, int limit);

    /** Nothing to announce: the block is left out. */
    UpcomingEvents NONE = (language, country, region, limit) -> List.of();
}
