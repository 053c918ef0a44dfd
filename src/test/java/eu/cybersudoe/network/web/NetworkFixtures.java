package eu.cybersudoe.network.web;

import eu.cybersudoe.network.Budget;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.PartnerTargets.PartnerTarget;
import eu.cybersudoe.network.Region;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.network.WorkPackage;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/** A small network for controller tests: two French partners sharing a region, one Portuguese partner. */
final class NetworkFixtures {

    static final PartnerId CYBERMASSIF = new PartnerId("cybermassif");
    static final PartnerId TRANSFERTS = new PartnerId("transferts-lr");
    static final PartnerId CIEBI = new PartnerId("ciebi");

    static final Partner LEAD = new Partner(CYBERMASSIF, "Cybermassif", "Cybermassif", Country.FR, "Clermont-Ferrand",
            "https://www.cybermassif.org", true, "GT1", List.of("FRK1", "FRJ1"), all("Réseau de centres de ressources", "Resource centres"));
    static final Partner SECOND = new Partner(TRANSFERTS, "Association Transferts LR", "Transferts LR", Country.FR, "Montpellier",
            null, false, null, List.of("FRJ1"), all("Innovation technologique", "Technological innovation"));
    static final Partner PORTUGUESE = new Partner(CIEBI, "CIEBI – Centro de Inovação Empresarial da Beira Interior", "CIEBI", Country.PT,
            "Covilhã", null, false, "GT4", List.of("PT16"), LocalizedText.of(Language.PT, "Apoio às empresas inovadoras"));

    static final Region FRK1 = new Region("FRK1", "Auvergne", Country.FR, List.of(CYBERMASSIF), Optional.empty());
    static final Region FRJ1 = new Region("FRJ1", "Languedoc-Roussillon", Country.FR, List.of(CYBERMASSIF, TRANSFERTS), Optional.of(TRANSFERTS));
    static final Region PT16 = new Region("PT16", "Centro (PT)", Country.PT, List.of(CIEBI), Optional.empty());

    static final WorkPackage GT0 = new WorkPackage("GT0", all("Préparation du projet", "Project preparation"), null, new BigDecimal("17469.00"));
    static final WorkPackage GT1 = new WorkPackage("GT1", all("Gestion et pilotage du projet", "Project management and coordination"),
            CYBERMASSIF, new BigDecimal("236599.00"));
    static final WorkPackage GT4 = new WorkPackage("GT4", all("Actions de sensibilisation", "Awareness actions"), CIEBI, new BigDecimal("794399.00"));
    static final Budget BUDGET = new Budget(List.of(GT0, GT1, GT4), new BigDecimal("1048467.00"), new BigDecimal("1048468.00"));

    static final Theme SECURITY = new Theme("security", Theme.Kind.GENERAL, all("Sécurité des systèmes d'information", "Information-system security"),
            "security.svg", true, 3);
    static final Theme TOURISM = new Theme("tourism", Theme.Kind.SECTORAL, LocalizedText.of(Language.FR, "Tourisme"), "tourism.svg", true, 7);

    static final List<PartnerTarget> TARGETS = List.of(
            new PartnerTarget("conferences", all("réunions de sensibilisation", "awareness conferences"), 20),
            new PartnerTarget("missions", all("entreprises accompagnées", "companies accompanied"), 100));

    private NetworkFixtures() {
    }

    static LocalizedText all(String french, String english) {
        return new LocalizedText(Map.of(Language.FR, french, Language.ES, french + " (es)", Language.PT, french + " (pt)",
                Language.EN, english), Language.FR);
    }

    /** Makes the mock answer like a network of these three partners. */
    static void stub(Network network) {
        List<Partner> partners = List.of(LEAD, SECOND, PORTUGUESE);
        when(network.partners()).thenReturn(partners);
        when(network.leadPartner()).thenReturn(LEAD);
        when(network.partner(any())).thenAnswer(call -> partners.stream().filter(p -> p.id().equals(call.getArgument(0))).findFirst());
        when(network.memberStructures(any())).thenReturn(List.of());
        List<Region> regions = List.of(FRJ1, FRK1, PT16);
        when(network.regions()).thenReturn(regions);
        when(network.region(anyString())).thenAnswer(call -> regions.stream().filter(r -> r.code().equals(call.getArgument(0))).findFirst());
        when(network.partnerFor(anyString())).thenAnswer(call -> switch (call.<String>getArgument(0)) {
            case "FRJ1" -> TRANSFERTS;
            case "PT16" -> CIEBI;
            default -> CYBERMASSIF;
        });
        List<WorkPackage> workPackages = List.of(GT0, GT1, GT4);
        when(network.workPackages()).thenReturn(workPackages);
        when(network.workPackage(anyString())).thenAnswer(call -> workPackages.stream().filter(w -> w.code().equals(call.getArgument(0))).findFirst());
        when(network.budget()).thenReturn(BUDGET);
        when(network.themes(anyBoolean())).thenReturn(List.of(SECURITY, TOURISM));
    }
}
