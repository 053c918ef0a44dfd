package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Alert;
import eu.cybersudoe.monitoring.AlertSeverity;
import eu.cybersudoe.monitoring.Alerts;
import eu.cybersudoe.monitoring.Forecasts;
import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.TestNetwork;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.WithSignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The alerts page (filters, partner scope, moves) and the forecasts form (errors on their fields). */
@WebMvcTest({AlertsController.class, ForecastsController.class})
@Import(AlertAndForecastPagesTest.TestNetworkBean.class)
class AlertAndForecastPagesTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Alerts alerts;

    @MockitoBean
    Forecasts forecasts;

    static final Alert CIEBI_ALERT = alert(1, Optional.of(TestNetwork.CIEBI), Alert.State.OPEN);
    static final Alert NETWORK_ALERT = alert(2, Optional.empty(), Alert.State.ACKNOWLEDGED);

    @BeforeEach
    void someAlerts() {
        when(alerts.list(any())).thenReturn(List.of(CIEBI_ALERT, NETWORK_ALERT));
        when(alerts.alert(1)).thenReturn(Optional.of(CIEBI_ALERT));
        when(alerts.alert(2)).thenReturn(Optional.of(NETWORK_ALERT));
        when(alerts.history(anyLong())).thenReturn(List.of(new Alerts.Change(Alert.State.OPEN, null, null, Instant.parse("2009-03-15T05:30:00Z"))));
        Indicator held = new Indicator("conferences-held", Indicator.Kind.OUTPUT, Indicator.Unit.COUNT, "GT4",
                LocalizedText.of(Language.EN, "Awareness conferences held"), LocalizedText.of(Language.EN, "Count them"),
                new BigDecimal("180"), null, null, false);
        when(forecasts.plan(any())).thenReturn(List.of(new Forecasts.PlanLine(held, new BigDecimal("20"), List.of(
                new Forecasts.Figure(1, LocalDate.of(2008, 12, 31), new BigDecimal("4"), new BigDecimal("4"), false),
                new Forecasts.Figure(2, LocalDate.of(2009, 6, 30), new BigDecimal("10"), new BigDecimal("8"), true)))));
    }

    @Test
    @WithSignedInUser(role = Role.PARTNER_MANAGER, partner = "ciebi")
    void partnerStaffSeeOnlyTheirPartnersAlertsWhateverTheFilterSays() throws Exception {
        mvc.perform(get("/pt/office/indicators/alerts").param("partner", "ceei-burgos").param("state", "open").param("severity", "warning"))
                .andExpect(status().isOk())
                .andExpect(view().name("monitoring/alerts"))
                .andExpect(content().string(containsString("Alertas de CIEBI")))
                .andExpect(content().string(containsString("explained 1 in pt")))
                .andExpect(content().string(containsString("Advertência")))
                .andExpect(content().string(containsString("/office/indicators/alerts/1/acknowledge")))
                // the network's alert is not the partner's to move
                .andExpect(content().string(not(containsString("/office/indicators/alerts/2/resolve"))));
        ArgumentCaptor<Alerts.Filter> filter = ArgumentCaptor.forClass(Alerts.Filter.class);
        verify(alerts).list(filter.capture());
        assertThat(filter.getValue().partner()).contains(TestNetwork.CIEBI);
        assertThat(filter.getValue().state()).contains(Alert.State.OPEN);
        assertThat(filter.getValue().severity()).contains(AlertSeverity.WARNING);
    }

    @Test
    @WithSignedInUser(role = Role.PROGRAMME_OFFICER, partner = "")
    void programmeOfficersReadEveryAlertAndChangeNone() throws Exception {
        mvc.perform(get("/fr/office/indicators/alerts"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("explained 1 in fr")))
                .andExpect(content().string(containsString("explained 2 in fr")))
                .andExpect(content().string(containsString("le contrôle quotidien")))
                .andExpect(content().string(not(containsString("/acknowledge\""))))
                .andExpect(content().string(not(containsString("/resolve\""))));
        ArgumentCaptor<Alerts.Filter> filter = ArgumentCaptor.forClass(Alerts.Filter.class);
        verify(alerts).list(filter.capture());
        assertThat(filter.getValue().partner()).isEmpty();

        mvc.perform(post("/fr/office/indicators/alerts/1/resolve").param("comment", "done").with(csrf()))
                .andExpect(status().isForbidden());
        verify(alerts, never()).resolve(anyLong(), any(), any());
    }

    @Test
    @WithSignedInUser(role = Role.PARTNER_MANAGER, partner = "ceei-burgos")
    void aManagerCannotMoveAnotherPartnersAlert() throws Exception {
        mvc.perform(post("/en/office/indicators/alerts/1/acknowledge").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("refused", "monitoring.alert.refused.notYours"));
        verify(alerts, never()).acknowledge(anyLong(), any(), any());
    }

    @Test
    @WithSignedInUser(role = Role.NETWORK_ADMIN)
    void aNetworkAdminResolvesWithAComment() throws Exception {
        when(alerts.resolve(eq(2L), any(), eq("Sent on Monday"))).thenReturn(NETWORK_ALERT);
        mvc.perform(post("/en/office/indicators/alerts/2/resolve").param("comment", "Sent on Monday").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/en/office/indicators/alerts#alert-2"))
                .andExpect(flash().attribute("notice", "monitoring.alert.resolved"));
    }

    @Test
    @WithSignedInUser(role = Role.NETWORK_ADMIN)
    void theForecastsFormShowsTheDefaultLineAndTheFiguresSet() throws Exception {
        mvc.perform(get("/es/office/indicators/forecasts").param("partner", "ciebi"))
                .andExpect(status().isOk())
                .andExpect(view().name("monitoring/forecasts"))
                .andExpect(content().string(containsString("Previsiones de CIEBI")))
                .andExpect(content().string(containsString("name=\"conferences-held--2\" value=\"10\"")))
                .andExpect(content().string(containsString("name=\"conferences-held--1\" value=\"\"")))
                .andExpect(content().string(containsString("Línea por defecto: 4")));
    }

    @Test
    @WithSignedInUser(role = Role.NETWORK_ADMIN)
    void aRefusedForecastKeepsWhatWasTypedWithItsErrorOnTheField() throws Exception {
        when(forecasts.edit(eq(TestNetwork.CIEBI), anyMap(), any()))
                .thenReturn(Map.of("conferences-held--2", "monitoring.forecast.refused.number"));
        mvc.perform(post("/en/office/indicators/forecasts/ciebi").param("conferences-held--2", "ten<script>").with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Type a number, such as 12 or 7.5.")))
                .andExpect(content().string(containsString("value=\"ten&lt;script")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("Nothing was saved")));

        when(forecasts.edit(eq(TestNetwork.CIEBI), anyMap(), any())).thenReturn(Map.of());
        mvc.perform(post("/en/office/indicators/forecasts/ciebi").param("conferences-held--2", "9").with(csrf()))
                .andExpect(redirectedUrl("/en/office/indicators/forecasts?partner=ciebi"))
                .andExpect(flash().attribute("notice", "monitoring.forecast.saved"));
    }

    @Test
    @WithSignedInUser(role = Role.PARTNER_MANAGER, partner = "ciebi")
    void onlyNetworkAdminsEditForecasts() throws Exception {
        mvc.perform(get("/en/office/indicators/forecasts")).andExpect(status().isForbidden());
        mvc.perform(post("/en/office/indicators/forecasts/ciebi").param("conferences-held--2", "9").with(csrf()))
                .andExpect(status().isForbidden());
    }

    private static Alert alert(long id, Optional<PartnerId> partner, Alert.State state) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, "explained " + id + " in " + language.code());
        }
        return new Alert(id, "late-thing", "thing-" + id, partner, AlertSeverity.WARNING, new LocalizedText(texts, Language.EN), state,
                LocalDate.of(2009, 3, 10), LocalDate.of(2009, 3, 15));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestNetworkBean {
        @Bean
        Network network() {
            return TestNetwork.create();
        }
    }
}
