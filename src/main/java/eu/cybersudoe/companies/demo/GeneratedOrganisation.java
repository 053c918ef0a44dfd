package eu.cybersudoe.companies.demo;

import eu.cybersudoe.companies.NewOrganisation;

import java.util.List;

/**
 * A generated organisation, ready for {@link eu.cybersudoe.companies.CompanyRegistry#register}.
 *
 * @param organisation what to register
 * @param contacts     its people, one or more
 * @param partnerId    the partner whose territory it was generated for (which brought it)
 * @param nuts2        the NUTS 2 region of its postcode
 */
public record GeneratedOrganisation(NewOrganisation organisation, List<GeneratedContact> contacts, String partnerId,
                                    String nuts2) {

    public GeneratedOrganisation {
        contacts = List.copyOf(contacts);
    }
}
