package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Dashboard;
import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.Measurement;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.monitoring.PartnerTargetRule;
import eu.cybersudoe.monitoring.TestNetwork;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import eu.cybersudoe.testing.WithSignedInUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WithSignedInUser
@WebMvcTest(IndicatorsController.class)
class IndicatorsControllerTest {

    static final List<Partner> PARTNERS = TestNetwork.PARTNERS;
    static final Semester SEMESTER = new Semester(2, LocalDate.of(2009, 1, 1), LocalDate.of(2009, 6, 30));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Monitoring monitoring;

    @BeforeEach
    void dashboards() {
        when(monitoring.dashboard()).thenReturn(dashboard(Optional.empty()));
        Partner burgos = PARTNERS.stream().filter(p -> p.id().equals(TestNetwork.CEEI_BURGOS)).findFirst().orElseThrow();
        when(monitoring.dashboard(any(PartnerId.class))).thenReturn(Optional.empty());
        when(monitoring.dashboard(TestNetwork.CEEI_BURGOS)).thenReturn(Optional.of(dashboard(Optional.of(burgos))));
    }

    @Test
    void showsTheConsolidatedDashboard() throws Exception {
        var result = mvc.perform(get("/en/office/indicators"))
                .andExpect(status().isOk())
                .andExpect(view().name("monitoring/indicators"))
                .andExpect(model().attribute("view", instanceOf(IndicatorsView.class)))
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("Awareness conferences held")))
                .andExpect(content().string(containsString("Not measured yet")))
                .andExpect(content().string(containsString("20 for each partner")))
                .andExpect(content().string(containsString("1,641,382")))
                .andExpect(content().string(containsString("declared: 1,641,383")))
                .andExpect(content().string(containsString("Tracked, no target")))
                .andExpect(content().string(containsString("<th scope=\"col\">")))
                .andExpect(content().string(containsString("<th scope=\"row\">")))
                .andExpect(content().string(containsString("<details>")))
                .andExpect(content().string(not(containsString("style="))))
                .andReturn();

        IndicatorsView page = (IndicatorsView) result.getModelAndView().getModel().get("view");
        assertThat(page.consolidated()).isTrue();
        assertThat(page.semester()).isEqualTo(2);
        assertThat(page.sections()).extracting(IndicatorsView.KindSection::kind).containsExactly("output", "result", "financial");
        IndicatorRow conferences = page.sections().getFirst().rows().getFirst();
        assertThat(conferences.value()).isEqualTo("45");
        assertThat(conferences.target()).isEqualTo("180");
        assertThat(conferences.progress()).isEqualTo("25%");
        assertThat(conferences.sameTarget()).isEqualTo("20");
        IndicatorRow missions = page.sections().getFirst().rows().get(1);
        assertThat(missions.measured()).isFalse();
        assertThat(missions.value()).isNull();
        assertThat(missions.statusKey()).isEqualTo("monitoring.status.not-measured-yet");
        assertThat(missions.partnerTargets()).hasSize(9)
                .contains(new IndicatorRow.PartnerTarget("cybermassif", "Cybermassif", "100"),
                        new IndicatorRow.PartnerTarget("ciebi", "CIEBI", "75"));
    }

    @Test
    void speaksThePageLanguage() throws Exception {
        mvc.perform(get("/fr/office/indicators"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tableau de bord des indicateurs")))
                .andExpect(content().string(containsString("Réunions de sensibilisation tenues")))
                .andExpect(content().string(containsString("Pas encore mesuré")))
                .andExpect(content().string(containsString("Indicateurs de réalisation")))
                .andExpect(content().string(containsString("Valeurs comptées jusqu'au 15 mars 2009.")));
        mvc.perform(get("/pt/office/indicators"))
                .andExpect(content().string(containsString("Ainda não medido")))
                .andExpect(content().string(containsString("Painel de controlo dos indicadores")));
    }

    @Test
    void showsOnePartnersView() throws Exception {
        mvc.perform(get("/es/office/indicators").param("partner", "ceei-burgos"))
                .andExpect(status().isOk())
                .andExpect(view().name("monitoring/indicators"))
                .andExpect(model().attribute("view", instanceOf(IndicatorsView.class)))
                .andExpect(content().string(containsString("Vista de CEEI Burgos")))
                .andExpect(content().string(containsString("<option value=\"ceei-burgos\" selected>CEEI Burgos</option>")))
                .andExpect(content().string(containsString("Objetivo del socio")))
                .andExpect(content().string(containsString("Aún no medido")));
    }

    @Test
    void unknownPartnerIsNotFound() throws Exception {
        mvc.perform(get("/en/office/indicators").param("partner", "nobody")).andExpect(status().isNotFound());
        mvc.perform(get("/en/office/indicators").param("partner", "Not A Slug")).andExpect(status().isNotFound());
        mvc.perform(get("/de/office/indicators")).andExpect(status().isNotFound());
    }

    static Dashboard dashboard(Optional<Partner> partner) {
        Indicator conferences = indicator("conferences-held", Indicator.Kind.OUTPUT, Indicator.Unit.COUNT, "180", null,
                new PartnerTargetRule.SameForAll(new BigDecimal("20")), "Awareness conferences held", "Réunions de sensibilisation tenues");
        Indicator missions = indicator("assistance-missions", Indicator.Kind.OUTPUT, Indicator.Unit.COUNT, "750", null,
                new PartnerTargetRule.ByCountry(Map.of(Country.FR, new BigDecimal("100"), Country.ES, new BigDecimal("75"),
                        Country.PT, new BigDecimal("75"))), "Technical assistance missions", "Missions d'assistance technique");
        Indicator attended = indicator("companies-attended", Indicator.Kind.RESULT, Indicator.Unit.COMPANIES, null, null,
                PartnerTargetRule.none(), "Distinct companies that attended", "Entreprises distinctes");
        Indicator budget = indicator("budget-consumed", Indicator.Kind.FINANCIAL, Indicator.Unit.EUROS, "1641382", "1641383",
                PartnerTargetRule.none(), "Budget consumed", "Budget consommé");
        List<Dashboard.Line> lines = List.of(
                line(conferences, partner, Measurement.of(partner.isPresent() ? new BigDecimal("5") : new BigDecimal("45"))),
                line(missions, partner, Measurement.notMeasuredYet()),
                line(attended, partner, Measurement.of(new BigDecimal("300"))),
                line(budget, partner, Measurement.notMeasuredYet()));
        return new Dashboard(SEMESTER, LocalDate.of(2009, 3, 15), partner, PARTNERS, lines);
    }

    static Dashboard.Line line(Indicator indicator, Optional<Partner> partner, Measurement measurement) {
        Map<PartnerId, BigDecimal> targets = new LinkedHashMap<>();
        PARTNERS.forEach(p -> indicator.targetFor(p).ifPresent(t -> targets.put(p.id(), t)));
        BigDecimal target = partner.isPresent() ? indicator.targetFor(partner.get()).orElse(null) : indicator.globalTarget();
        return new Dashboard.Line(indicator, target, targets, measurement);
    }

    static Indicator indicator(String code, Indicator.Kind kind, Indicator.Unit unit, String target, String declared,
                               PartnerTargetRule perPartner, String english, String french) {
        LocalizedText name = new LocalizedText(Map.of(Language.EN, english, Language.FR, french), Language.FR);
        LocalizedText definition = LocalizedText.of(Language.EN, "How " + code + " is counted.");
        return new Indicator(code, kind, unit, "GT4", name, definition, target == null ? null : new BigDecimal(target),
                declared == null ? null : new BigDecimal(declared), perPartner, false);
    }
}
