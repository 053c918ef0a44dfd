package eu.cybersudoe.network.web;

import eu.cybersudoe.network.Country;

import java.util.List;
import java.util.Locale;

/**
 * The network directory: the partners grouped by country.
 *
 * @param countries one section per country that has partners, France first
 * @param partnerCount how many partners in all
 */
public record DirectoryPage(List<CountrySection> countries, int partnerCount) {

    /**
     * The partners of one country.
     *
     * @param country  the country
     * @param partners its partners, the lead partner first, then by name
     */
    public record CountrySection(Country country, List<PartnerSummary> partners) {

        /** A stable id for the section heading. */
        public String anchor() {
            return "country-" + country.name().toLowerCase(Locale.ROOT);
        }
    }
}
