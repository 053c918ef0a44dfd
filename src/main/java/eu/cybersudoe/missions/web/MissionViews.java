package eu.cybersudoe.missions.web;

import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.missions.internal.Mission;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.shared.Language;
import org.springframework.stereotype.Component;

import java.util.List;

/** Makes {@link MissionView}s: names of the company, the partner and the themes. */
@Component
class MissionViews {

    private final CompanyRegistry companies;
    private final Network network;

    MissionViews(CompanyRegistry companies, Network network) {
        this.companies = companies;
        this.network = network;
    }

    MissionView of(Mission mission, Language language) {
        String company = mission.company() == null ? mission.request().contactEmail()
                : companies.find(mission.company()).map(CompanyRegistry.OrganisationSummary::legalName).orElse("#" + mission.company());
        return new MissionView(mission, company, partnerName(mission.partnerId()), themeNames(mission.themes(), language));
    }

    String partnerName(String partnerId) {
        return network.partner(new PartnerId(partnerId)).map(Partner::shortName).orElse(partnerId);
    }

    List<String> themeNames(List<String> codes, Language language) {
        return codes.stream().map(code -> themeName(code, language)).toList();
    }

    String themeName(String code, Language language) {
        return network.theme(code).map(Theme::name).map(name -> name.in(language).text()).orElse(code);
    }
}
