package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.LawfulBasis;
import eu.cybersudoe.companies.classification.Activities;
import eu.cybersudoe.companies.internal.CompanyFile;
import eu.cybersudoe.companies.internal.CompanyOffice;
import eu.cybersudoe.companies.internal.Establishment;
import eu.cybersudoe.companies.internal.Establishments;
import eu.cybersudoe.companies.internal.MergedIdentifiers;
import eu.cybersudoe.companies.internal.OrganisationLinks;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.WithSignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static eu.cybersudoe.companies.web.CompanyPagesTestData.CONTACT;
import static eu.cybersudoe.companies.web.CompanyPagesTestData.ID;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(CompanyPageController.class)
@Import({CompanyScope.class, Activities.class})
@WithSignedInUser(role = Role.PARTNER_MANAGER, partner = "cybermassif")
class CompanyPageControllerTest {

    static final CompanyId COMPANY = new CompanyId(ID);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CompanyOffice office;
    @MockitoBean
    Network network;
    @MockitoBean
    Establishments establishments;
    @MockitoBean
    OrganisationLinks links;
    @MockitoBean
    MergedIdentifiers merged;

    @BeforeEach
    void organisationOfCybermassif() {
        CompanyPagesTestData.network(network);
        given(office.knownBy(COMPANY, "cybermassif")).willReturn(true);
        given(office.exists(COMPANY)).willReturn(true);
        given(office.file(COMPANY, "cybermassif")).willReturn(Optional.of(CompanyPagesTestData.file()));
        given(office.company(COMPANY)).willReturn(Optional.of(CompanyPagesTestData.company()));
        given(office.contact(COMPANY, CONTACT)).willReturn(Optional.of(CompanyPagesTestData.file().contacts().getFirst()));
    }

    @Test
    void showsTheActivityWithItsTitleAndFlagsACodeTheClassificationDoesNotKnow() throws Exception {
        mvc.perform(get("/fr/office/companies/" + ID))
                .andExpect(content().string(containsString("<dd lang=\"fr\">Boulangerie et boulangerie-pâtisserie</dd>")))
                .andExpect(content().string(not(containsString("class=\"flag\""))));

        CompanyFile file = CompanyPagesTestData.file();
        CompanyFile.Company c = file.company();
        CompanyFile.Company unknown = new CompanyFile.Company(c.id(), c.version(), c.kind(), c.legalName(), c.tradeName(), c.country(),
                c.identifierKind(), c.identifier(), c.vatNumber(), c.address(), c.postcode(), c.city(), c.nuts2(), "41.20Z", null, null,
                c.sizeClass(), c.employees(), c.creationYear(), c.womanLed(), c.micro(), c.prioritySector(), c.youngWomanLed(),
                c.website(), c.tags());
        given(office.file(COMPANY, "cybermassif")).willReturn(Optional.of(
                new CompanyFile(unknown, file.provenance(), file.contacts(), file.timeline(), file.notes())));

        mvc.perform(get("/pt/office/companies/" + ID))
                .andExpect(content().string(containsString("41.20Z <strong class=\"flag\">Código de atividade desconhecido")))
                .andExpect(content().string(not(containsString("Classe NACE"))));
    }

    @Test
    void showsTheIdentifiersOfTheRecordsMergedIntoTheCompany() throws Exception {
        mvc.perform(get("/pt/office/companies/" + ID)).andExpect(content().string(not(containsString("Identificadores das fichas fundidas"))));
        given(merged.of(ID)).willReturn(List.of(new MergedIdentifiers.Alias("SIREN", "732829320", "FR44732829320"),
                new MergedIdentifiers.Alias(null, null, "ESB12345674")));
        mvc.perform(get("/pt/office/companies/" + ID))
                .andExpect(content().string(containsString("Identificadores das fichas fundidas com esta")))
                .andExpect(content().string(containsString("SIREN (empresa francesa) <span class=\"identifier\">732829320</span>")))
                .andExpect(content().string(containsString("<span class=\"identifier\">ESB12345674</span>")));
    }

    @Test
    void aCompanyListsAndCountsItsEstablishmentsAndAnEstablishmentShowsItsCompanyFirst() throws Exception {
        Establishment lyon = new Establishment(7, "Transports Martin Lyon", false, "73282932000074", "2 quai Perrache", "69002", "Lyon");
        Establishment paris = new Establishment(8, "Transports Martin Paris", false, "73282932000082", null, "75011", "Paris");
        given(establishments.sameCompany(any(), anyString())).willReturn(List.of(lyon, paris));
        mvc.perform(get("/pt/office/companies/" + ID))
                .andExpect(content().string(containsString("A empresa tem 2 estabelecimentos no registo.")))
                .andExpect(content().string(containsString("732 829 320 00074")))
                .andExpect(content().string(not(containsString("Esta ficha é um deles"))));

        Establishment head = new Establishment(6, "Transports Martin", true, "732829320", null, "69002", "Lyon");
        given(establishments.sameCompany(any(), anyString())).willReturn(List.of(head, paris));
        mvc.perform(get("/fr/office/companies/" + ID))
                .andExpect(content().string(containsString("L'entreprise a 2 établissements dans le registre.")))
                .andExpect(content().string(containsString("Cette fiche en fait partie ; l'entreprise figure en premier.")))
                .andExpect(content().string(containsString("732 829 320 <span class=\"tag\">l'entreprise</span>")));
    }

    @Test
    void showsIdentityProvenanceContactsTimelineAndNotes() throws Exception {
        mvc.perform(get("/fr/office/companies/" + ID))
                .andExpect(status().isOk())
                .andExpect(view().name("companies/page"))
                .andExpect(model().attributeExists("view"))
                .andExpect(model().attribute("notesFor", "Cybermassif"))
                .andExpect(content().string(containsString("<h1>Boulangerie Dupont SARL</h1>")))
                .andExpect(content().string(containsString("<dt>SIREN (entreprise)</dt><dd class=\"identifier\">732 829 320</dd>")))
                .andExpect(content().string(containsString("<dd>Auvergne</dd>")))
                .andExpect(content().string(not(containsString("FRK1"))))
                .andExpect(content().string(containsString("Agroalimentaire")))
                .andExpect(content().string(containsString("Microentreprise (moins de 10 salariés)")))
                .andExpect(content().string(containsString("Jeune entreprise dirigée par une femme")))
                .andExpect(content().string(containsString("Apportée par Cybermassif le 15 septembre 2026")))
                .andExpect(content().string(containsString("<h3>Claire Dupont</h3>")))
                .andExpect(content().string(containsString("<td>Retiré</td>")))
                .andExpect(content().string(containsString("<td>form: Cybermassif</td>")))
                .andExpect(content().string(containsString("href=\"/fr/conferences/1\">A participé à la matinée cybersécurité</a>")))
                .andExpect(content().string(containsString("Notes privées de Cybermassif")))
                .andExpect(content().string(containsString("Rappeler en janvier")))
                .andExpect(content().string(containsString("action=\"/fr/office/companies/42/notes\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void anotherPartnersOrganisationIsRefused() throws Exception {
        given(office.knownBy(COMPANY, "cybermassif")).willReturn(false);
        mvc.perform(get("/fr/office/companies/" + ID)).andExpect(status().isForbidden());
        mvc.perform(post("/fr/office/companies/" + ID + "/notes").with(csrf()).param("body", "x")).andExpect(status().isForbidden());
        mvc.perform(get("/fr/office/companies/" + ID + "/contacts/" + CONTACT + "/export")).andExpect(status().isForbidden());
        mvc.perform(post("/fr/office/companies/" + ID + "/contacts/" + CONTACT + "/erase").with(csrf())).andExpect(status().isForbidden());
        verify(office, never()).file(any(), any());
        verify(office, never()).addNote(any(), any(), any(), any());
        verify(office, never()).export(any(), anyLong());
        verify(office, never()).erase(any(), anyLong());
    }

    @Test
    void aMissingOrganisationGetsTheSameRefusalAsAnotherPartnersForStaff() throws Exception {
        mvc.perform(get("/fr/office/companies/999")).andExpect(status().isForbidden());
    }

    @Test
    @WithSignedInUser(role = Role.COMPANY_USER)
    void companyUsersAreRefused() throws Exception {
        mvc.perform(get("/fr/office/companies/" + ID)).andExpect(status().isForbidden());
        verify(office, never()).file(any(), any());
    }

    @Test
    @WithSignedInUser(role = Role.NETWORK_ADMIN, partner = "ceei-burgos")
    void networkAdminsOpenAnyOrganisationAndSeeTheirOwnPartnersNotesOnly() throws Exception {
        given(office.file(COMPANY, "ceei-burgos")).willReturn(Optional.of(CompanyPagesTestData.file()));
        mvc.perform(get("/en/office/companies/" + ID))
                .andExpect(status().isOk())
                .andExpect(model().attribute("notesFor", "ceei-burgos"));
        verify(office).file(COMPANY, "ceei-burgos");
        mvc.perform(get("/en/office/companies/999")).andExpect(status().isNotFound());
    }

    @Test
    void anEmptyNoteIsShownBackWithATranslatedError() throws Exception {
        mvc.perform(post("/es/office/companies/" + ID + "/notes").with(csrf()).param("body", "   "))
                .andExpect(status().isOk())
                .andExpect(view().name("companies/page"))
                .andExpect(model().attribute("noteError", "NotBlank"))
                .andExpect(content().string(containsString("<div class=\"field-error\" id=\"body-error\"><p>Este campo es obligatorio.</p></div>")));
        verify(office, never()).addNote(any(), any(), any(), any());
    }

    @Test
    void aNoteIsAddedForTheViewersPartner() throws Exception {
        mvc.perform(post("/fr/office/companies/" + ID + "/notes").with(csrf()).param("body", "Appel le 3 décembre"))
                .andExpect(redirectedUrl("/fr/office/companies/42#notes"))
                .andExpect(flash().attribute("notice", "companypage.note.added"));
        verify(office).addNote(any(), org.mockito.ArgumentMatchers.eq("cybermassif"), any(), org.mockito.ArgumentMatchers.eq("Appel le 3 décembre"));
    }

    @Test
    void aConsentChangeIsRecordedWithThePartnerAsSource() throws Exception {
        mvc.perform(post("/fr/office/companies/" + ID + "/contacts/" + CONTACT + "/consents").with(csrf())
                        .param("purpose", "NEWSLETTER").param("granted", "false").param("lawfulBasis", "CONSENT"))
                .andExpect(redirectedUrl("/fr/office/companies/42#contact-7"))
                .andExpect(flash().attribute("notice", "companypage.consent.withdrawn"));
        verify(office).recordConsent(org.mockito.ArgumentMatchers.eq(COMPANY), org.mockito.ArgumentMatchers.eq(CONTACT),
                org.mockito.ArgumentMatchers.eq(ConsentPurpose.NEWSLETTER), org.mockito.ArgumentMatchers.eq(false),
                org.mockito.ArgumentMatchers.eq(LawfulBasis.CONSENT), org.mockito.ArgumentMatchers.eq("cybermassif"),
                org.mockito.ArgumentMatchers.eq("form: Cybermassif"), any());
    }

    @Test
    void erasureIsConfirmedFirst() throws Exception {
        mvc.perform(get("/pt/office/companies/" + ID + "/contacts/" + CONTACT + "/erase"))
                .andExpect(status().isOk())
                .andExpect(view().name("companies/erase"))
                .andExpect(content().string(containsString("Claire Dupont (Boulangerie Dupont SARL)")))
                .andExpect(content().string(containsString("Apagar definitivamente")));
        verify(office, never()).erase(any(), anyLong());

        mvc.perform(post("/pt/office/companies/" + ID + "/contacts/" + CONTACT + "/erase").with(csrf()))
                .andExpect(redirectedUrl("/pt/office/companies/42"))
                .andExpect(flash().attribute("notice", "companypage.contact.erased"));
        verify(office).erase(COMPANY, CONTACT);
    }

    @Test
    void unsubscribingWithdrawsEverything() throws Exception {
        mvc.perform(post("/en/office/companies/" + ID + "/contacts/" + CONTACT + "/unsubscribe").with(csrf()))
                .andExpect(flash().attribute("notice", "companypage.contact.unsubscribed"));
        verify(office).unsubscribe(COMPANY, CONTACT, "form: Cybermassif");
    }

    @Test
    void theExportIsAJsonFile() throws Exception {
        given(office.export(COMPANY, CONTACT)).willReturn(Map.of("contact", Map.of("email", "claire@boulangerie.example")));
        mvc.perform(get("/en/office/companies/" + ID + "/contacts/" + CONTACT + "/export"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.contact.email").value("claire@boulangerie.example"));
        given(office.export(COMPANY, 99)).willThrow(new java.util.NoSuchElementException());
        mvc.perform(get("/en/office/companies/" + ID + "/contacts/99/export")).andExpect(status().isNotFound());
    }

    @Test
    void postingWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/en/office/companies/" + ID + "/contacts/" + CONTACT + "/erase")).andExpect(status().isForbidden());
        verify(office, never()).erase(any(), anyLong());
        verify(office, never()).unsubscribe(any(), anyLong(), anyString());
        mvc.perform(get("/en/office/companies/" + ID)).andExpect(content().string(not(containsString("role=\"alert\""))));
    }
}
