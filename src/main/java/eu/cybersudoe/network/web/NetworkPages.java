package eu.cybersudoe.network.web;

import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerTargets;
import eu.cybersudoe.network.Region;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.network.WorkPackage;
import eu.cybersudoe.network.web.DirectoryPage.CountrySection;
import eu.cybersudoe.network.web.PartnerPage.CoveredRegion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the network's pages from the {@link Network}. */
final class NetworkPages {

    private NetworkPages() {
    }

    static DirectoryPage directory(Network network) {
        List<CountrySection> sections = new ArrayList<>();
        for (Country country : Country.values()) {
            List<PartnerSummary> partners = network.partners().stream().filter(p -> p.country() == country)
                    .map(p -> new PartnerSummary(p, regions(network, p), workPackage(network, p))).toList();
            if (!partners.isEmpty()) {
                sections.add(new CountrySection(country, partners));
            }
        }
        return new DirectoryPage(List.copyOf(sections), network.partners().size());
    }

    static PartnerPage partner(Network network, PartnerTargets targets, Partner partner) {
        List<CoveredRegion> covered = regions(network, partner).stream().map(region -> new CoveredRegion(region,
                region.partners().stream().filter(id -> !id.equals(partner.id()))
                        .map(network::partner).flatMap(Optional::stream).toList(),
                network.partner(network.partnerFor(region.code())).orElse(network.leadPartner()))).toList();
        return new PartnerPage(partner, covered, workPackage(network, partner), network.memberStructures(partner.id()),
                targets.of(partner), targets.achieved(partner).orElse(null));
    }

    static ThemesPage themes(Network network) {
        List<Theme> themes = network.themes(false);
        return new ThemesPage(themes.stream().filter(t -> t.kind() == Theme.Kind.GENERAL).toList(),
                themes.stream().filter(t -> t.kind() == Theme.Kind.SECTORAL).toList());
    }

    static WorkPackagesPage workPackages(Network network) {
        List<WorkPackagesPage.Line> lines = network.budget().lines().stream()
                .map(w -> new WorkPackagesPage.Line(w, w.coPilot() == null ? null : network.partner(w.coPilot()).orElse(null)))
                .toList();
        return new WorkPackagesPage(lines, network.budget());
    }

    /** The partner's regions with their names; a code the network does not know is shown by its code. */
    private static List<Region> regions(Network network, Partner partner) {
        return partner.regions().stream()
                .map(code -> network.region(code).orElse(new Region(code, code, partner.country(), List.of(partner.id()), Optional.empty())))
                .toList();
    }

    private static WorkPackage workPackage(Network network, Partner partner) {
        return partner.coPilotedWorkPackage() == null ? null : network.workPackage(partner.coPilotedWorkPackage()).orElse(null);
    }
}
