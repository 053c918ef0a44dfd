package eu.cybersudoe.portal.web;

import eu.cybersudoe.shared.web.OfficeLinks;
import eu.cybersudoe.shared.web.PartnerNames;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import eu.cybersudoe.accounts.StaffDirectory;
import eu.cybersudoe.accounts.StaffMember;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.testing.WithSignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The office home shows every module's back-office links its role allows: they are included as the application has them. */
@WebMvcTest(value = OfficeController.class, includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
        classes = {OfficeLinks.class, PartnerNames.class}))
class OfficeControllerTest {

    static final Partner CYBERMASSIF = partner("cybermassif", "Cybermassif", "Cybermassif", Country.FR, true);
    static final Partner LEITAT = partner("leitat", "Fundació Leitat", "Leitat", Country.ES, false);
    static final Partner CIEBI = partner("ciebi", "CIEBI – Centro de Inovação Empresarial da Beira Interior", "CIEBI", Country.PT, false);
    static final List<Partner> PARTNERS = List.of(CYBERMASSIF, LEITAT, CIEBI);

    static final List<StaffMember> CIEBI_STAFF = List.of(
            new StaffMember(7, "Joana Pires", "joana.pires@ciebi.pt", Role.PARTNER_MANAGER),
            new StaffMember(8, "Rui Santos", "rui.santos@ciebi.pt", Role.ADVISOR));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Network network;
    @MockitoBean
    StaffDirectory staff;

    static Partner partner(String id, String name, String shortName, Country country, boolean lead) {
        return new Partner(new PartnerId(id), name, shortName, country, "City of " + shortName, null, lead, null, List.of(),
                LocalizedText.of(Language.EN, shortName + " supports companies"));
    }

    @BeforeEach
    void threePartners() {
        given(network.partners()).willReturn(PARTNERS);
        given(network.leadPartner()).willReturn(CYBERMASSIF);
        given(network.partner(any())).willAnswer(call -> PARTNERS.stream().filter(p -> p.id().equals(call.getArgument(0))).findFirst());
        given(staff.staffOf(anyString())).willReturn(List.of());
        given(staff.staffOf("ciebi")).willReturn(CIEBI_STAFF);
    }

    @Test
    @WithSignedInUser(role = Role.PARTNER_MANAGER, partner = "ciebi")
    void aPartnerManagerSeesTheirToolsAndNotTheAdminOnes() throws Exception {
        mvc.perform(get("/pt/office"))
                .andExpect(status().isOk())
                .andExpect(view().name("portal/office"))
                .andExpect(model().attribute("office", offering(CIEBI, List.of(CIEBI))))
                .andExpect(content().string(containsString("<h1>Área de gestão</h1>")))
                .andExpect(content().string(containsString("Bem-vindo/a, Test PARTNER_MANAGER (Gestor de projeto do parceiro).")))
                .andExpect(content().string(containsString(
                        "Está a trabalhar para: <strong>CIEBI – Centro de Inovação Empresarial da Beira Interior</strong>")))
                .andExpect(content().string(containsString("<a href=\"/pt/office/indicators\">Indicadores</a>")))
                .andExpect(content().string(containsString("<a href=\"/pt/office/partners/ciebi\">A sua entidade</a>")))
                .andExpect(content().string(containsString("<a href=\"/pt/network\">Diretório da rede</a>")))
                .andExpect(content().string(not(containsString("/pt/office/outbox"))))
                .andExpect(content().string(not(containsString("Caixa de saída"))))
                .andExpect(content().string(not(containsString("action=\"/pt/office/acting-partner\""))))
                .andExpect(content().string(not(containsString("Atuar pelo parceiro"))));
    }

    @Test
    @WithSignedInUser(role = Role.PARTNER_MANAGER, partner = "ciebi")
    void aPartnerManagerCannotActForAnotherPartnerThroughTheSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(CurrentUser.ACTING_PARTNER, "leitat");

        mvc.perform(get("/en/office").session(session))
                .andExpect(status().isOk())
                .andExpect(model().attribute("office", offering(CIEBI, List.of(CIEBI))))
                .andExpect(content().string(containsString("href=\"/en/office/partners/ciebi\"")))
                .andExpect(content().string(not(containsString("/en/office/partners/leitat"))));
    }

    @Test
    @WithSignedInUser(role = Role.NETWORK_ADMIN, partner = "cybermassif")
    void aNetworkAdminAlsoGetsTheOutboxAndThePartnerSwitcher() throws Exception {
        mvc.perform(get("/en/office"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("office", offering(CYBERMASSIF, PARTNERS)))
                .andExpect(content().string(containsString("Welcome, Test NETWORK_ADMIN (Network administrator).")))
                .andExpect(content().string(containsString("<a href=\"/en/office/outbox\">Outbox</a>")))
                .andExpect(content().string(containsString("<a href=\"/en/office/indicators\">Indicators</a>")))
                .andExpect(content().string(containsString("<a href=\"/en/office/partners/cybermassif\">Your structure</a>")))
                .andExpect(content().string(containsString("<form method=\"post\" action=\"/en/office/acting-partner\" class=\"switcher\">")))
                .andExpect(content().string(containsString("<label for=\"partnerId\">Act for partner</label>")))
                .andExpect(content().string(containsString("<option value=\"cybermassif\" selected>Cybermassif</option>")))
                .andExpect(content().string(containsString("<option value=\"leitat\">Leitat</option>")))
                .andExpect(content().string(containsString("<option value=\"ciebi\">CIEBI</option>")));
    }

    @Test
    @WithSignedInUser(role = Role.NETWORK_ADMIN, partner = "cybermassif")
    void aNetworkAdminWorksForThePartnerChosenInTheSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(CurrentUser.ACTING_PARTNER, "leitat");

        mvc.perform(get("/es/office").session(session))
                .andExpect(status().isOk())
                .andExpect(model().attribute("office", offering(LEITAT, PARTNERS)))
                .andExpect(content().string(containsString("Está trabajando para: <strong>Fundació Leitat</strong>")))
                .andExpect(content().string(containsString("<option value=\"leitat\" selected>Leitat</option>")))
                .andExpect(content().string(containsString("<option value=\"cybermassif\">Cybermassif</option>")))
                .andExpect(content().string(containsString("href=\"/es/office/partners/leitat\"")));
    }

    @Test
    @WithSignedInUser(role = Role.ASSOCIATED_STRUCTURE)
    void anAssociatedStructureGetsOnlyTheDirectory() throws Exception {
        mvc.perform(get("/en/office"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("office", offering(null, List.of())))
                .andExpect(content().string(containsString("<a href=\"/en/network\">Network directory</a>")))
                .andExpect(content().string(not(containsString("You are working for:"))))
                .andExpect(content().string(not(containsString("/en/office/indicators"))))
                .andExpect(content().string(not(containsString("/en/office/partners/"))))
                .andExpect(content().string(not(containsString("/en/office/outbox"))))
                .andExpect(content().string(not(containsString("acting-partner"))));
    }

    @Test
    @WithSignedInUser(role = Role.EVALUATOR)
    void anEvaluatorGetsTheIndicatorsButNoPartnerPage() throws Exception {
        mvc.perform(get("/fr/office"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"/fr/office/indicators\">Indicateurs</a>")))
                .andExpect(content().string(not(containsString("/fr/office/partners/"))))
                .andExpect(content().string(not(containsString("/fr/office/outbox"))));
    }

    @Test
    @WithSignedInUser(role = Role.COMPANY_USER)
    void companyUsersHaveNoBackOffice() throws Exception {
        mvc.perform(get("/en/office")).andExpect(status().isForbidden());
        mvc.perform(get("/en/office/partners/ciebi")).andExpect(status().isForbidden());
        mvc.perform(post("/en/office/acting-partner").with(csrf()).param("partnerId", "ciebi")).andExpect(status().isForbidden());
        verify(staff, never()).staffOf(anyString());
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/pt/office")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/pt/login"));
        mvc.perform(get("/es/office/partners/ciebi")).andExpect(redirectedUrl("/es/login"));
        verify(staff, never()).staffOf(anyString());
    }

    @Test
    @WithSignedInUser(role = Role.PARTNER_MANAGER, partner = "ciebi")
    void aPartnerManagerSeesTheStaffOfTheirPartner() throws Exception {
        mvc.perform(get("/pt/office/partners/ciebi"))
                .andExpect(status().isOk())
                .andExpect(view().name("portal/office-partner"))
                .andExpect(model().attribute("partner", CIEBI))
                .andExpect(model().attribute("staff", CIEBI_STAFF))
                .andExpect(content().string(containsString("<h1>CIEBI – Centro de Inovação Empresarial da Beira Interior</h1>")))
                .andExpect(content().string(containsString("<a href=\"/pt/network/ciebi\">Página pública do parceiro</a>")))
                .andExpect(content().string(containsString("<h2>Equipa</h2>")))
                .andExpect(content().string(containsString(
                        "<tr><td>Joana Pires</td><td><a href=\"mailto:joana.pires@ciebi.pt\">joana.pires@ciebi.pt</a></td><td>Gestor de projeto do parceiro</td></tr>")))
                .andExpect(content().string(containsString(
                        "<tr><td>Rui Santos</td><td><a href=\"mailto:rui.santos@ciebi.pt\">rui.santos@ciebi.pt</a></td><td>Consultor</td></tr>")));
        verify(staff).staffOf("ciebi");
    }

    @Test
    @WithSignedInUser(role = Role.ADVISOR, partner = "ciebi")
    void aPartnerWithoutStaffSaysSo() throws Exception {
        given(staff.staffOf("ciebi")).willReturn(List.of());

        mvc.perform(get("/en/office/partners/ciebi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No staff account yet.")))
                .andExpect(content().string(not(containsString("<table>"))));
    }

    @Test
    @WithSignedInUser(role = Role.PARTNER_MANAGER, partner = "ciebi")
    void anotherPartnersPageIsRefused() throws Exception {
        mvc.perform(get("/pt/office/partners/leitat")).andExpect(status().isForbidden());
        mvc.perform(get("/pt/office/partners/nobody")).andExpect(status().isForbidden());
        verify(staff, never()).staffOf(anyString());
    }

    @Test
    @WithSignedInUser(role = Role.NETWORK_ADMIN, partner = "cybermassif")
    void aNetworkAdminSeesAnyPartnerAndNotFoundForUnknownOnes() throws Exception {
        mvc.perform(get("/en/office/partners/leitat"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("partner", LEITAT))
                .andExpect(content().string(containsString("<h1>Fundació Leitat</h1>")));
        verify(staff).staffOf("leitat");

        mvc.perform(get("/en/office/partners/nobody")).andExpect(status().isNotFound());
        mvc.perform(get("/en/office/partners/Not_An_Id")).andExpect(status().isNotFound());
        verify(staff, never()).staffOf("nobody");
    }

    @Test
    @WithSignedInUser(role = Role.NETWORK_ADMIN, partner = "cybermassif")
    void aNetworkAdminChoosesThePartnerToActFor() throws Exception {
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/fr/office/acting-partner").with(csrf()).session(session).param("partnerId", "ciebi"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/fr/office"))
                .andExpect(flash().attribute("notice", "backoffice.actingPartner.changed"))
                .andExpect(request().sessionAttribute(CurrentUser.ACTING_PARTNER, "ciebi"));
        assertThat(session.getAttribute(CurrentUser.ACTING_PARTNER)).isEqualTo("ciebi");

        mvc.perform(get("/fr/office").session(session).flashAttr("notice", "backoffice.actingPartner.changed"))
                .andExpect(model().attribute("office", offering(CIEBI, PARTNERS)))
                .andExpect(content().string(containsString(
                        "<div class=\"flash success\" role=\"status\">Vous agissez désormais pour le partenaire choisi.</div>")))
                .andExpect(content().string(containsString("<option value=\"ciebi\" selected>CIEBI</option>")));
    }

    @Test
    void aManagerGrantedASecondPartnerSwitchesBetweenTheirPartnersOnly() throws Exception {
        SignedInUser twoPartners = new SignedInUser(9, "both@example.org", "Both", Role.PARTNER_MANAGER, "cybermassif",
                Language.EN, true, "{noop}x", true, List.of("ciebi"));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/en/office").session(session).with(user(twoPartners)))
                .andExpect(model().attribute("office", offering(CYBERMASSIF, List.of(CYBERMASSIF, CIEBI))))
                .andExpect(content().string(containsString("<option value=\"ciebi\">CIEBI</option>")))
                .andExpect(content().string(not(containsString("<option value=\"leitat\""))));
        mvc.perform(post("/en/office/acting-partner").with(csrf()).with(user(twoPartners)).session(session).param("partnerId", "leitat"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/en/office/acting-partner").with(csrf()).with(user(twoPartners)).session(session).param("partnerId", "ciebi"))
                .andExpect(redirectedUrl("/en/office"));
        mvc.perform(get("/en/office").session(session).with(user(twoPartners)))
                .andExpect(model().attribute("office", offering(CIEBI, List.of(CYBERMASSIF, CIEBI))));
        mvc.perform(get("/en/office/partners/ciebi").with(user(twoPartners))).andExpect(status().isOk());
        mvc.perform(get("/en/office/partners/leitat").with(user(twoPartners))).andExpect(status().isForbidden());
    }

    @Test
    @WithSignedInUser(role = Role.NETWORK_ADMIN, partner = "cybermassif")
    void anUnknownPartnerCannotBeChosen() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(CurrentUser.ACTING_PARTNER, "leitat");

        mvc.perform(post("/en/office/acting-partner").with(csrf()).session(session).param("partnerId", "nobody"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/en/office/acting-partner").with(csrf()).session(session).param("partnerId", "../admin"))
                .andExpect(status().isNotFound());
        assertThat(session.getAttribute(CurrentUser.ACTING_PARTNER)).isEqualTo("leitat");
    }

    @Test
    @WithSignedInUser(role = Role.NETWORK_ADMIN, partner = "cybermassif")
    void choosingAPartnerNeedsTheCsrfToken() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/en/office/acting-partner").session(session).param("partnerId", "ciebi"))
                .andExpect(status().isForbidden());
        assertThat(session.getAttribute(CurrentUser.ACTING_PARTNER)).isNull();
    }

    @Test
    @WithSignedInUser(role = Role.PARTNER_MANAGER, partner = "ciebi")
    void aPartnerManagerCannotChooseAPartner() throws Exception {
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/en/office/acting-partner").with(csrf()).session(session).param("partnerId", "leitat"))
                .andExpect(status().isForbidden());
        assertThat(session.getAttribute(CurrentUser.ACTING_PARTNER)).isNull();
    }

    /** The home's view with that acting partner and those partners in the switcher, whatever roles it offers. */
    private static org.hamcrest.Matcher<Object> offering(Partner acting, List<Partner> partners) {
        return new org.hamcrest.CustomMatcher<>("acting for " + acting + " among " + partners) {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof OfficeView view && java.util.Objects.equals(view.actingFor(), acting)
                        && view.partners().equals(partners);
            }
        };
    }
}
