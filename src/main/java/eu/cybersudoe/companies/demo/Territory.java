package eu.cybersudoe.companies.demo;

import eu.cybersudoe.network.Country;

import java.util.List;
import java.util.Objects;

/**
 * Where a partner's organisations come from: its country and the NUTS 2 regions it covers.
 *
 * @param partnerId the partner's id
 * @param country   its country
 * @param regions   the NUTS 2 codes it covers
 */
public record Territory(String partnerId, Country country, List<String> regions) {

    public Territory {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(country, "country");
        regions = List.copyOf(regions);
    }

    /**
     * The nine partners of the network and their regions, as in reference/network/partners.yml;
     * for callers without the application context (benchmarks). The demo loader reads them from
     * the network module instead.
     */
    public static List<Territory> sudoePartners() {
        return List.of(
                new Territory("cybermassif", Country.FR, List.of("FRK1", "FRI2", "FRJ1")),
                new Territory("transferts-lr", Country.FR, List.of("FRJ1")),
                new Territory("echangeur-bordeaux", Country.FR, List.of("FRI1")),
                new Territory("insula-barataria", Country.ES, List.of("ES42")),
                new Territory("ceei-burgos", Country.ES, List.of("ES41")),
                new Territory("leitat", Country.ES, List.of("ES51")),
                new Territory("camara-gijon", Country.ES, List.of("ES12")),
                new Territory("cederna-garalur", Country.ES, List.of("ES22")),
                new Territory("ciebi", Country.PT, List.of("PT16")));
    }
}
