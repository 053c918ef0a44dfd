package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.SegmentSummary;
import eu.cybersudoe.companies.internal.OrganisationSearch;
import eu.cybersudoe.companies.internal.SavedSegments;
import eu.cybersudoe.companies.internal.SearchCriteria;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.WithSignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(CompanySearchController.class)
class CompanySearchControllerTest {

    static final OrganisationSearch.Row BAKERY = new OrganisationSearch.Row(41, "Boulangerie Dupont", "FR", "FRK1",
            "agri-food", "MICRO", true, true, false, false, List.of("cybermassif"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OrganisationSearch search;
    @MockitoBean
    SavedSegments segments;
    @MockitoBean
    Network network;

    @Test
    @WithSignedInUser(role = Role.ADVISOR, partner = "ciebi")
    void listsAPageWithinThePartnersScopeAndKeepsTheFiltersInTheLinks() throws Exception {
        given(search.search(any(), any(), anyInt())).willReturn(new OrganisationSearch.Page(List.of(BAKERY), 60, 2));
        given(segments.segmentsOf("ciebi")).willReturn(List.of(new SegmentSummary(5, "ciebi", "Padarias", Instant.EPOCH)));
        SearchCriteria expected = SearchCriteria.fromParameters(Map.of("country", "FR", "micro", "1", "q", "pão & vinho"));

        mvc.perform(get("/en/office/companies").param("country", "FR").param("micro", "1").param("q", "pão & vinho")
                        .param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(view().name("companies/search"))
                .andExpect(model().attribute("companies", new CompanyListView(expected,
                        new OrganisationSearch.Page(List.of(BAKERY), 60, 2), List.of(), List.of(), List.of(),
                        List.of(new SegmentSummary(5, "ciebi", "Padarias", Instant.EPOCH)), true)))
                .andExpect(content().string(containsString("60 organisations found")))
                .andExpect(content().string(containsString("<a href=\"/en/office/companies/41\">Boulangerie Dupont</a>")))
                .andExpect(content().string(containsString(
                        "href=\"/en/office/companies?q=p%C3%A3o+%26+vinho&amp;country=FR&amp;micro=1\">Previous page</a>")))
                .andExpect(content().string(containsString(
                        "href=\"/en/office/companies?q=p%C3%A3o+%26+vinho&amp;country=FR&amp;micro=1&amp;page=3\">Next page</a>")))
                .andExpect(content().string(containsString(
                        "href=\"/en/office/companies?q=p%C3%A3o+%26+vinho&amp;country=FR&amp;micro=1&amp;sort=country\"")))
                .andExpect(content().string(containsString(
                        "href=\"/en/office/companies/export.csv?q=p%C3%A3o+%26+vinho&amp;country=FR&amp;micro=1\"")))
                .andExpect(content().string(containsString("Page 2 of 3")))
                .andExpect(content().string(containsString("<a href=\"/en/office/companies/segments/5\">Padarias</a>")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"country\" value=\"FR\">")))
                .andExpect(content().string(not(containsString("name=\"partner\""))));
        verify(search).search(eq(expected), eq(OrganisationSearch.Scope.partner("ciebi")), eq(2));
    }

    @Test
    @WithSignedInUser(role = Role.NETWORK_ADMIN, partner = "cybermassif")
    void aNetworkAdminSeesEveryOrganisationAndAnEmptyStateWhenNothingMatches() throws Exception {
        given(search.search(any(), any(), anyInt())).willReturn(new OrganisationSearch.Page(List.of(), 0, 1));
        given(network.partners()).willReturn(List.of(new Partner(new PartnerId("leitat"), "Fundació Leitat", "Leitat",
                Country.ES, "Terrassa", null, false, null, List.of(), LocalizedText.of(Language.EN, "Leitat"))));

        mvc.perform(get("/fr/office/companies").param("page", "abc").param("sort", "'; drop"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucune organisation trouvée")))
                .andExpect(content().string(containsString("Aucune organisation ne correspond à ces filtres.")))
                .andExpect(content().string(containsString("<option value=\"leitat\">Leitat</option>")))
                .andExpect(content().string(not(containsString("export.csv"))));
        verify(search).search(SearchCriteria.NONE, OrganisationSearch.Scope.all(), 1);
    }

    @Test
    @WithSignedInUser(role = Role.COMPANY_USER)
    void companyUsersAreRefused() throws Exception {
        mvc.perform(get("/en/office/companies")).andExpect(status().isForbidden());
        mvc.perform(get("/en/office/companies/segments/5")).andExpect(status().isForbidden());
        mvc.perform(post("/en/office/companies/segments").with(csrf()).param("segmentName", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/en/office/companies/segments/5/delete").with(csrf())).andExpect(status().isForbidden());
        verifyNoInteractions(search, segments);
    }

    @Test
    @WithSignedInUser(role = Role.PARTNER_MANAGER, partner = "leitat")
    void savesTheFiltersAsASegmentAndComesBackToThem() throws Exception {
        SearchCriteria criteria = SearchCriteria.fromParameters(Map.of("sector", "tourism"));
        given(segments.save("leitat", "Hoteles", criteria, 1L)).willReturn(new SavedSegments.Saved.Done(9));

        mvc.perform(post("/es/office/companies/segments").with(csrf()).param("sector", "tourism").param("segmentName", "Hoteles"))
                .andExpect(redirectedUrl("/es/office/companies?sector=tourism"))
                .andExpect(flash().attribute("notice", "companies.search.segment.saved"));
        verify(segments).save("leitat", "Hoteles", criteria, 1L);
    }

    @Test
    @WithSignedInUser(role = Role.PARTNER_MANAGER, partner = "leitat")
    void aRefusedNameIsExplainedAndKept() throws Exception {
        given(segments.save(anyString(), any(), any(), any()))
                .willReturn(new SavedSegments.Saved.Refused("companies.search.segment.name.tooLong"));
        given(search.search(any(), any(), anyInt())).willReturn(new OrganisationSearch.Page(List.of(), 0, 1));

        mvc.perform(post("/es/office/companies/segments").with(csrf()).param("country", "ES").param("segmentName", "Muy largo"))
                .andExpect(redirectedUrl("/es/office/companies?country=ES"))
                .andExpect(flash().attribute("segmentError", "companies.search.segment.name.tooLong"))
                .andExpect(flash().attribute("segmentName", "Muy largo"));

        mvc.perform(get("/es/office/companies").param("country", "ES")
                        .flashAttr("segmentError", "companies.search.segment.name.tooLong").flashAttr("segmentName", "Muy largo"))
                .andExpect(content().string(containsString("El nombre puede tener como máximo 120 caracteres.")))
                .andExpect(content().string(containsString("value=\"Muy largo\"")));
    }

    @Test
    @WithSignedInUser(role = Role.PARTNER_MANAGER, partner = "leitat")
    void opensAndDeletesOnlyThePartnersOwnSegments() throws Exception {
        given(segments.criteriaOf(9, "leitat")).willReturn(Optional.of(SearchCriteria.fromParameters(Map.of("region", "ES12"))));
        given(segments.criteriaOf(10, "leitat")).willReturn(Optional.empty());
        given(segments.delete(9, "leitat")).willReturn(true);

        mvc.perform(get("/es/office/companies/segments/9")).andExpect(redirectedUrl("/es/office/companies?region=ES12"));
        mvc.perform(get("/es/office/companies/segments/10")).andExpect(status().isNotFound());
        mvc.perform(post("/es/office/companies/segments/10/delete").with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/es/office/companies/segments/9/delete"))
                .andExpect(status().isForbidden());
        verify(segments, never()).delete(anyLong(), eq("ciebi"));
        mvc.perform(post("/es/office/companies/segments/9/delete").with(csrf()))
                .andExpect(redirectedUrl("/es/office/companies"))
                .andExpect(flash().attribute("notice", "companies.search.segment.deleted"));
    }
}
