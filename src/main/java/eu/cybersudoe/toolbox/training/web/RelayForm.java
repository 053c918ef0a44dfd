package eu.cybersudoe.toolbox.training.web;

import eu.cybersudoe.network.Country;
import eu.cybersudoe.toolbox.training.RelaySession;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A relay session, as typed: its date, place, number of people and their names (one a line), and
 * up to {@value #STRUCTURES} structures (name, country, postcode), blank rows left out.
 */
public record RelayForm(String heldOn, String place, String people, String names, List<String> structureName,
                        List<String> structureCountry, List<String> structurePostcode) {

    public static final int STRUCTURES = 5;

    public static final RelayForm EMPTY = new RelayForm("", "", "", "", List.of(), List.of(), List.of());

    public RelayForm {
        structureName = structureName == null ? List.of() : List.copyOf(structureName);
        structureCountry = structureCountry == null ? List.of() : List.copyOf(structureCountry);
        structurePostcode = structurePostcode == null ? List.of() : List.copyOf(structurePostcode);
    }

    Optional<LocalDate> date() {
        try {
            return Optional.of(LocalDate.parse(heldOn == null ? "" : heldOn.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    int peopleValue() {
        try {
            return Integer.parseInt(people == null ? "" : people.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    List<String> nameLines() {
        return names == null ? List.of() : names.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The structure typed on a row, or a blank one. */
    public String name(int row) {
        return row < structureName.size() ? structureName.get(row) : "";
    }

    public String country(int row) {
        return row < structureCountry.size() ? structureCountry.get(row) : "";
    }

    public String postcode(int row) {
        return row < structurePostcode.size() ? structurePostcode.get(row) : "";
    }

    /** The rows with a name; a country not of the network's is null (refused by the service). */
    List<RelaySession.Typed> structures() {
        List<RelaySession.Typed> typed = new ArrayList<>();
        for (int row = 0; row < Math.min(STRUCTURES, structureName.size()); row++) {
            if (!name(row).isBlank()) {
                Country country = switch (country(row)) {
                    case "FR" -> Country.FR;
                    case "ES" -> Country.ES;
                    case "PT" -> Country.PT;
                    default -> null;
                };
                typed.add(new RelaySession.Typed(name(row).strip(), country, postcode(row).strip()));
            }
        }
        return typed;
    }
}
