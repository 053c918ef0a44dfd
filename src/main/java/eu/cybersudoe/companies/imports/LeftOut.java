package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.Registration.Problem;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An organisation read from a file without the values the registry refused in it. */
final class LeftOut {

    private LeftOut() {
    }

    /** The organisation without the fields the problems name (postcode, employees, size band, creation year, website). */
    static NewOrganisation of(NewOrganisation input, List<Problem> problems) {
        Set<String> fields = problems.stream().map(Problem::field).collect(Collectors.toSet());
        return new NewOrganisation(input.kind(), input.legalName(), input.tradeName(), input.country(), input.identifier(),
                input.address(), fields.contains("postcode") ? null : input.postcode(), input.city(), input.activityCode(),
                fields.contains("employees") ? null : input.employees(), fields.contains("sizeBand") ? null : input.sizeBand(),
                fields.contains("creationYear") ? null : input.creationYear(), input.womanLed(),
                fields.contains("website") ? null : input.website(), input.tags(), input.vatNumber());
    }
}
