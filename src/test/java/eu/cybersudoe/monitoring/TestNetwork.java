package eu.cybersudoe.monitoring;

import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.ProjectCalendar;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.network.WorkPackage;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;

/**
 * A network of nine partners (three French, five Spanish, one Portuguese) and five semesters
 * from July 2008 to December 2010, for monitoring tests that must not depend on the network
 * module's implementation. It is a Mockito stub of {@link Network}: what monitoring uses is
 * answered, default methods such as {@code semesterOf} run as written, the rest answers
 * empty values.
 */
public final class TestNetwork {

    public static final PartnerId CYBERMASSIF = new PartnerId("cybermassif");
    public static final PartnerId CEEI_BURGOS = new PartnerId("ceei-burgos");
    public static final PartnerId CIEBI = new PartnerId("ciebi");

    public static final List<Partner> PARTNERS = List.of(
            partner("cybermassif", "Cybermassif", Country.FR, true),
            partner("transferts-lr", "Transferts LR", Country.FR, false),
            partner("echangeur", "Echangeur Bordeaux", Country.FR, false),
            partner("insula-barataria", "Insula Barataria", Country.ES, false),
            partner("ceei-burgos", "CEEI Burgos", Country.ES, false),
            partner("leitat", "LEITAT", Country.ES, false),
            partner("camara-gijon", "Cámara de Gijón", Country.ES, false),
            partner("cederna-garalur", "CEDERNA GARALUR", Country.ES, false),
            partner("ciebi", "CIEBI", Country.PT, false));

    /** Two work packages, for the partners' parts of the progress reports. */
    public static final List<WorkPackage> WORK_PACKAGES = List.of(
            new WorkPackage("GT1", LocalizedText.of(Language.EN, "Coordination"), CYBERMASSIF, java.math.BigDecimal.ONE),
            new WorkPackage("GT2", LocalizedText.of(Language.EN, "Awareness"), CIEBI, java.math.BigDecimal.ONE));

    private TestNetwork() {
    }

    public static Network create() {
        Network network = mock(Network.class, CALLS_REAL_METHODS);
        doReturn(PARTNERS).when(network).partners();
        doAnswer(call -> PARTNERS.stream().filter(p -> p.id().equals(call.getArgument(0))).findFirst())
                .when(network).partner(any());
        doReturn(PARTNERS.getFirst()).when(network).leadPartner();
        doReturn(calendar()).when(network).calendar();
        doReturn(WORK_PACKAGES).when(network).workPackages();
        return network;
    }

    private static Partner partner(String id, String shortName, Country country, boolean lead) {
        return new Partner(new PartnerId(id), shortName, shortName, country, "", null, lead, null, List.of(),
                LocalizedText.of(Language.EN, shortName));
    }

    private static ProjectCalendar calendar() {
        List<Semester> semesters = new ArrayList<>();
        LocalDate start = LocalDate.of(2008, 7, 1);
        for (int number = 1; number <= 5; number++) {
            semesters.add(new Semester(number, start, start.plusMonths(6).minusDays(1)));
            start = start.plusMonths(6);
        }
        return new ProjectCalendar(LocalDate.of(2008, 7, 1), LocalDate.of(2010, 12, 31), semesters, List.of());
    }
}
