package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.network.Country;

import java.time.ZoneId;
import java.util.List;

/** The time zones of the network's venues: mainland Portugal is one hour behind Spain and France. */
public final class VenueZones {

    public static final List<ZoneId> ALL = List.of(ZoneId.of("Europe/Lisbon"), ZoneId.of("Europe/Madrid"),
            ZoneId.of("Europe/Paris"), ZoneId.of("Atlantic/Madeira"), ZoneId.of("Atlantic/Azores"), ZoneId.of("Atlantic/Canary"));

    private VenueZones() {
    }

    /** The usual zone of a country's venues. */
    public static ZoneId of(Country country) {
        return switch (country) {
            case PT -> ZoneId.of("Europe/Lisbon");
            case ES -> ZoneId.of("Europe/Madrid");
            case FR -> ZoneId.of("Europe/Paris");
        };
    }

    public static boolean known(String zone) {
        return ALL.stream().anyMatch(z -> z.getId().equals(zone));
    }
}
