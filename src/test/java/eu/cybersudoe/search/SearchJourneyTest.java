package eu.cybersudoe.search;

import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search end to end: a conference drafted by a partner is found by that partner's staff only, by everyone once
 * published, in Spanish before other languages, filtered by country; a rebuild keeps it; the search page shows it.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "cybersudoe.conferences.scheduler=false")
class SearchJourneyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Search search;

    /** A made-up word of letters only, unknown to every other run's documents. */
    static String word() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, Role role, String partner) {
        return request.with(user(TestUsers.user(role, partner))).with(csrf());
    }

    /** Drafts a conference in Spanish and French with the word in its title; returns its id. */
    long draft(String word) throws Exception {
        String location = mvc.perform(as(post("/es/office/conferences/new"), Role.PARTNER_MANAGER, "cybermassif")
                        .param("kind", "AWARENESS_CONFERENCE").param("sourceLanguage", "es")
                        .param("title[es]", "Jornada de ciberseguridad " + word).param("title[fr]", "Journée cybersécurité " + word)
                        .param("description[es]", "Formación para las empresas de Castilla y León.")
                        .param("themes", "security").param("languages", "es").param("format", "IN_PERSON")
                        .param("venue", "Auditorio").param("city", "Burgos").param("postcode", "09001")
                        .param("country", "ES").param("nuts2", "ES41").param("zone", "Europe/Madrid")
                        .param("day", LocalDate.now().plusDays(40).toString())
                        .param("startTime", "10:00").param("endTime", "12:00").param("capacity", "30"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    void publish(long id) throws Exception {
        mvc.perform(as(post("/es/office/conferences/" + id + "/publish"), Role.PARTNER_MANAGER, "cybermassif"))
                .andExpect(status().is3xxRedirection());
    }

    private static SearchQuery query(String text, SearchScope scope) {
        return new SearchQuery(text, eu.cybersudoe.shared.Language.ES, null, null, null, 1, scope);
    }

    @Test
    void aDraftIsFoundByItsPartnersStaffAndAPublishedConferenceByEveryone() throws Exception {
        String word = word();
        long id = draft(word);
        assertThat(search.find(query(word, SearchScope.PUBLIC)).total()).isZero();
        assertThat(search.find(query(word, SearchScope.staffOf(java.util.List.of("cybermassif")))).hits())
                .extracting(SearchResults.Hit::path).containsExactly("/office/conferences/" + id);
        assertThat(search.find(query(word, SearchScope.staffOf(java.util.List.of("ceei-burgos")))).total()).isZero();
        String staffPage = mvc.perform(as(get("/es/office/search").param("q", word), Role.PARTNER_MANAGER, "cybermassif"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(staffPage).contains("/es/office/conferences/" + id);
        String otherPartner = mvc.perform(as(get("/es/office/search").param("q", word), Role.PARTNER_MANAGER, "ceei-burgos"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(otherPartner).doesNotContain("/es/office/conferences/" + id);

        publish(id);
        SearchResults found = search.find(query("ciberseguridad " + word, SearchScope.PUBLIC));
        assertThat(found.hits()).extracting(SearchResults.Hit::path).containsExactly("/conferences/" + id);
        assertThat(found.hits().getFirst().language()).isEqualTo(eu.cybersudoe.shared.Language.ES);
        assertThat(found.facet("country")).containsExactly(new SearchResults.FacetValue("ES", 1));
        assertThat(search.find(new SearchQuery(word, eu.cybersudoe.shared.Language.ES, null, null, "FR", 1, SearchScope.PUBLIC))
                .total()).isZero();

        String page = mvc.perform(get("/es/search").param("q", "castilla " + word).param("country", "ES"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"/es/conferences/" + id + "\"").contains("<mark>Castilla</mark>").contains("id=\"facet-country\"")
                .contains("España");
    }

    @Test
    void aNetworkAdminRebuildsTheIndexAndWhatWasFoundIsFoundAgain() throws Exception {
        String word = word();
        long id = draft(word);
        publish(id);
        mvc.perform(as(post("/en/office/search/index/rebuild"), Role.NETWORK_ADMIN, null)).andExpect(status().is3xxRedirection());
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (search.progress().running() && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        ReindexProgress progress = search.progress();
        assertThat(progress.running()).isFalse();
        assertThat(progress.took()).isNotNull();
        assertThat(progress.documents()).isPositive();
        assertThat(search.find(query(word, SearchScope.PUBLIC)).hits()).extracting(SearchResults.Hit::path)
                .containsExactly("/conferences/" + id);
        String admin = mvc.perform(as(get("/en/office/search/index"), Role.NETWORK_ADMIN, null)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(admin).contains("Last rebuild on").contains("id=\"rebuild\"");
    }

    @Test
    void aMisspeltWordIsCorrected() throws Exception {
        String word = word();
        publish(draft(word));
        String misspelt = word.substring(0, 6) + (word.charAt(6) == 'a' ? 'b' : 'a') + word.substring(7);
        String page = mvc.perform(get("/es/search").param("q", misspelt)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"suggestion\"").contains(">" + word + "</a>");
    }
}
