package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Closer;
import eu.cybersudoe.monitoring.Dashboard;
import eu.cybersudoe.monitoring.Edition;
import eu.cybersudoe.monitoring.EditionRefused;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.WithSignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The semester picker, a closed edition with its revisions and chart, and the closing form. */
@WithSignedInUser
@WebMvcTest(IndicatorsController.class)
class EditionPagesTest {

    static final Semester FIRST = new Semester(1, LocalDate.of(2008, 7, 1), LocalDate.of(2008, 12, 31));
    static final Semester SECOND = IndicatorsControllerTest.SEMESTER;
    static final Edition CLOSED = new Edition(1, 1, 1, FIRST.end(), null, 7, "Ana Admin", Instant.parse("2009-01-10T09:00:00Z"));
    static final Edition REVISED = new Edition(2, 1, 2, FIRST.end(), "Late mission entered", 7, "Ana Admin",
            Instant.parse("2009-02-01T09:00:00Z"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Monitoring monitoring;

    @Test
    void aClosedSemesterShowsItsFrozenRevisionTheRevisionsAndTheCorrectionForm() throws Exception {
        Dashboard live = IndicatorsControllerTest.dashboard(Optional.empty());
        Dashboard.Line conferences = live.lines().getFirst();
        Dashboard.Line charted = new Dashboard.Line(conferences.indicator(), conferences.target(), conferences.partnerTargets(),
                conferences.measurement(), eu.cybersudoe.monitoring.Measurement.of(new BigDecimal("30")),
                List.of(new Dashboard.Point(1, new BigDecimal("30"))));
        List<Dashboard.Line> lines = new java.util.ArrayList<>(live.lines());
        lines.set(0, charted);
        Dashboard frozen = new Dashboard(FIRST, FIRST.end(), Optional.empty(), live.partners(), lines,
                List.of(FIRST, SECOND), Optional.of(REVISED));
        when(monitoring.dashboard(1, 0, Optional.empty())).thenReturn(Optional.of(frozen));
        when(monitoring.editions(1)).thenReturn(List.of(CLOSED, REVISED));
        when(monitoring.mayClose(any(Closer.class))).thenReturn(true);

        mvc.perform(get("/en/office/indicators").param("semester", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Values frozen in revision 2 of the edition, closed by Ana Admin")))
                .andExpect(content().string(containsString("Late mission entered")))
                .andExpect(content().string(containsString("Closing of the semester")))
                .andExpect(content().string(containsString("?semester=1&amp;revision=1")))
                .andExpect(content().string(containsString("<option value=\"1\" selected>Semester 1")))
                .andExpect(content().string(containsString("Reason for the correction")))
                .andExpect(content().string(containsString("<svg class=\"semester-chart\"")))
                .andExpect(content().string(containsString("End of semester 1: 30.")))
                .andExpect(content().string(containsString("Target: 180.")))
                .andExpect(content().string(containsString("<td class=\"number\">15</td>")));
    }

    @Test
    @WithSignedInUser(role = Role.PROGRAMME_OFFICER)
    void aProgrammeOfficerReadsButIsNotOfferedTheClosing() throws Exception {
        Dashboard live = IndicatorsControllerTest.dashboard(Optional.empty());
        Dashboard open = new Dashboard(FIRST, FIRST.end(), Optional.empty(), live.partners(), live.lines(), List.of(FIRST, SECOND),
                Optional.empty());
        when(monitoring.dashboard(1, 0, Optional.empty())).thenReturn(Optional.of(open));
        when(monitoring.editions(anyInt())).thenReturn(List.of());

        mvc.perform(get("/pt/office/indicators").param("semester", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ainda não foi encerrado")))
                .andExpect(content().string(not(containsString("Encerrar o semestre 1"))));
    }

    @Test
    void closingFlashesTheOutcomeOrWhyItWasRefused() throws Exception {
        when(monitoring.close(eq(1), any(Closer.class), isNull())).thenReturn(CLOSED);
        mvc.perform(post("/fr/office/indicators/editions/1").with(csrf()))
                .andExpect(redirectedUrl("/fr/office/indicators?semester=1"))
                .andExpect(flash().attribute("notice", "monitoring.edition.closed"));
        verify(monitoring).close(eq(1), any(Closer.class), isNull());

        when(monitoring.close(eq(2), any(Closer.class), any())).thenThrow(new EditionRefused("monitoring.edition.refused.notEnded"));
        mvc.perform(post("/fr/office/indicators/editions/2").with(csrf()).param("reason", "x"))
                .andExpect(redirectedUrl("/fr/office/indicators?semester=2"))
                .andExpect(flash().attribute("refused", "monitoring.edition.refused.notEnded"));
    }

    @Test
    void anUnknownSemesterOrRevisionIsNotFound() throws Exception {
        when(monitoring.dashboard(anyInt(), anyInt(), any())).thenReturn(Optional.empty());
        mvc.perform(get("/en/office/indicators").param("semester", "9")).andExpect(status().isNotFound());
        mvc.perform(get("/en/office/indicators").param("semester", "1").param("revision", "4")).andExpect(status().isNotFound());
    }
}
