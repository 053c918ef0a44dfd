package eu.cybersudoe.companies.demo;

import eu.cybersudoe.network.Country;

import java.util.ArrayList;
import java.util.List;

/**
 * Towns with a postcode, by NUTS 2 region: the regions the partners cover, and a few others
 * in each country for organisations outside them. Portuguese entries give the CP4 only; the
 * generator adds the three last digits.
 */
final class Places {

    /** A town, its postcode and its NUTS 2 region. */
    record Town(Country country, String nuts2, String name, String postcode) {
    }

    static final List<Town> TOWNS = towns();

    private Places() {
    }

    private static List<Town> towns() {
        List<Town> towns = new ArrayList<>();
        add(towns, Country.FR, "FRK1", "Clermont-Ferrand:63000", "Riom:63200", "Issoire:63500", "Thiers:63300",
                "Vichy:03200", "Moulins:03000", "Montluçon:03100", "Aurillac:15000", "Saint-Flour:15100",
                "Le Puy-en-Velay:43000", "Yssingeaux:43200", "Brioude:43100");
        add(towns, Country.FR, "FRI2", "Limoges:87000", "Saint-Junien:87200", "Brive-la-Gaillarde:19100", "Tulle:19000",
                "Ussel:19200", "Guéret:23000", "Aubusson:23200");
        add(towns, Country.FR, "FRJ1", "Montpellier:34000", "Béziers:34500", "Sète:34200", "Lunel:34400", "Nîmes:30000",
                "Alès:30100", "Perpignan:66000", "Narbonne:11100", "Carcassonne:11000", "Mende:48000", "Céret:66400");
        add(towns, Country.FR, "FRI1", "Bordeaux:33000", "Mérignac:33700", "Pessac:33600", "Libourne:33500",
                "Arcachon:33120", "Pau:64000", "Bayonne:64100", "Biarritz:64200", "Agen:47000", "Périgueux:24000",
                "Bergerac:24100", "Mont-de-Marsan:40000", "Dax:40100");
        add(towns, Country.FR, "FR10", "Paris:75011", "Boulogne-Billancourt:92100", "Versailles:78000");
        add(towns, Country.FR, "FRK2", "Lyon:69003", "Grenoble:38000", "Annecy:74000");
        add(towns, Country.FR, "FRJ2", "Toulouse:31000", "Albi:81000", "Rodez:12000");
        add(towns, Country.FR, "FRG0", "Nantes:44000", "Angers:49000");
        add(towns, Country.FR, "FRL0", "Marseille:13001", "Nice:06000");
        add(towns, Country.FR, "FRI3", "Poitiers:86000", "La Rochelle:17000");
        add(towns, Country.ES, "ES12", "Gijón:33201", "Oviedo:33001", "Avilés:33401", "Mieres:33600", "Langreo:33900",
                "Llanes:33500", "Cangas de Onís:33550");
        add(towns, Country.ES, "ES22", "Pamplona:31001", "Tudela:31500", "Estella-Lizarra:31200", "Tafalla:31300",
                "Burlada:31600", "Altsasu:31800", "Sangüesa:31400");
        add(towns, Country.ES, "ES41", "Burgos:09001", "Miranda de Ebro:09200", "Aranda de Duero:09400", "León:24001",
                "Ponferrada:24400", "Valladolid:47001", "Salamanca:37001", "Segovia:40001", "Palencia:34001",
                "Zamora:49001", "Soria:42001", "Ávila:05001");
        add(towns, Country.ES, "ES42", "Toledo:45001", "Talavera de la Reina:45600", "Ciudad Real:13001",
                "Puertollano:13500", "Tomelloso:13700", "Albacete:02001", "Cuenca:16001", "Guadalajara:19001");
        add(towns, Country.ES, "ES51", "Barcelona:08001", "Terrassa:08221", "Sabadell:08201", "Mataró:08301",
                "Manresa:08240", "Vic:08500", "Girona:17001", "Lleida:25001", "Tarragona:43001", "Reus:43201");
        add(towns, Country.ES, "ES30", "Madrid:28001", "Alcalá de Henares:28801");
        add(towns, Country.ES, "ES61", "Sevilla:41001", "Málaga:29001", "Granada:18001");
        add(towns, Country.ES, "ES52", "Valencia:46001", "Alicante:03001");
        add(towns, Country.ES, "ES21", "Bilbao:48001", "Vitoria-Gasteiz:01001");
        add(towns, Country.ES, "ES24", "Zaragoza:50001", "Huesca:22001");
        add(towns, Country.ES, "ES11", "A Coruña:15001", "Vigo:36201");
        add(towns, Country.ES, "ES13", "Santander:39001");
        add(towns, Country.PT, "PT16", "Castelo Branco:6000", "Covilhã:6200", "Fundão:6230", "Belmonte:6250",
                "Seia:6270", "Guarda:6300", "Sabugal:6320", "Coimbra:3000", "Figueira da Foz:3080", "Pombal:3100",
                "Viseu:3500", "Aveiro:3800", "Leiria:2400", "Tomar:2300", "Caldas da Rainha:2500");
        add(towns, Country.PT, "PT17", "Lisboa:1000", "Amadora:2700", "Setúbal:2900", "Cascais:2750");
        add(towns, Country.PT, "PT11", "Porto:4000", "Braga:4700", "Vila Real:5000", "Viana do Castelo:4900");
        add(towns, Country.PT, "PT18", "Évora:7000", "Beja:7800", "Portalegre:7300");
        add(towns, Country.PT, "PT15", "Faro:8000", "Portimão:8500");
        return List.copyOf(towns);
    }

    private static void add(List<Town> towns, Country country, String nuts2, String... entries) {
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            towns.add(new Town(country, nuts2, entry.substring(0, colon), entry.substring(colon + 1)));
        }
    }
}
