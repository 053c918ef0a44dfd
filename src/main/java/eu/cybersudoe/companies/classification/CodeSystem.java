package eu.cybersudoe.companies.classification;

import eu.cybersudoe.network.Country;

/**
 * The national classification of activities each country uses, all refinements of NACE Rev. 2:
 * a company's activity arrives in its country's system and is stored with its NACE class.
 */
public enum CodeSystem {
    /** France, INSEE: the NACE class and a letter, {@code 62.01Z}. */
    NAF_REV2(Country.FR, "NAF rév. 2", "62.01Z"),
    /** Spain, INE: four digits, the NACE class except where Spain divides it, {@code 6201}. */
    CNAE_2009(Country.ES, "CNAE-2009", "6201"),
    /** Portugal, INE: the NACE class and a digit, {@code 62010}. */
    CAE_REV3(Country.PT, "CAE-Rev.3", "62010");

    private final Country country;
    private final String label;
    private final String example;

    CodeSystem(Country country, String label, String example) {
        this.country = country;
        this.label = label;
        this.example = example;
    }

    /** The system companies of a country are classified in. */
    public static CodeSystem of(Country country) {
        for (CodeSystem system : values()) {
            if (system.country == country) {
                return system;
            }
        }
        throw new IllegalArgumentException("No classification of activities for " + country);
    }

    public Country country() {
        return country;
    }

    /** Its name, the same in every language, such as {@code NAF rév. 2}. */
    public String label() {
        return label;
    }

    /** A code written the way the system writes it, to show in messages. */
    public String example() {
        return example;
    }
}
