package eu.cybersudoe.toolbox.training;

import eu.cybersudoe.network.Country;

import java.time.LocalDate;
import java.util.List;

/**
 * A session in which a trained project manager trained local relays: when, where, how many people
 * (with the names given), and the structures they came from.
 */
public record RelaySession(long id, long accountId, String partnerId, LocalDate heldOn, String place, int people,
                           List<String> names, List<Structure> structures) {

    public RelaySession {
        names = List.copyOf(names);
        structures = List.copyOf(structures);
    }

    /**
     * A structure the relays came from.
     *
     * @param companyId the registry's organisation when the name was found there, or null
     */
    public record Structure(String name, Country country, Long companyId) {
    }

    /**
     * A structure as typed: its name, country and postcode, looked up in the registry by name and postcode.
     *
     * @param postcode its postcode, or blank (then it is not looked up)
     */
    public record Typed(String name, Country country, String postcode) {
    }
}
