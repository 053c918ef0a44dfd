package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.LawfulBasis;
import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.companies.internal.CompanyOffice;
import eu.cybersudoe.companies.internal.ContactDetails;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.WithSignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static eu.cybersudoe.companies.web.CompanyPagesTestData.CONTACT;
import static eu.cybersudoe.companies.web.CompanyPagesTestData.ID;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest({CompanyFormController.class, ContactFormController.class})
@Import(CompanyScope.class)
@WithSignedInUser(role = Role.ADVISOR, partner = "cybermassif")
class CompanyFormControllerTest {

    static final CompanyId COMPANY = new CompanyId(ID);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CompanyRegistry registry;
    @MockitoBean
    CompanyOffice office;
    @MockitoBean
    Network network;

    @BeforeEach
    void organisationOfCybermassif() {
        CompanyPagesTestData.network(network);
        given(office.knownBy(COMPANY, "cybermassif")).willReturn(true);
        given(office.company(COMPANY)).willReturn(Optional.of(CompanyPagesTestData.company()));
        given(office.contact(COMPANY, CONTACT)).willReturn(Optional.of(CompanyPagesTestData.file().contacts().getFirst()));
    }

    @Test
    void showsAnEmptyFormWithCountriesAndKinds() throws Exception {
        mvc.perform(get("/es/office/companies/new"))
                .andExpect(status().isOk())
                .andExpect(view().name("companies/form"))
                .andExpect(model().attribute("form", CompanyForm.empty()))
                .andExpect(content().string(containsString("<h1>Nueva organización</h1>")))
                .andExpect(content().string(containsString("<option value=\"PT\">Portugal</option>")))
                .andExpect(content().string(containsString("Proveedor de soluciones digitales")))
                .andExpect(content().string(containsString("action=\"/es/office/companies/new\"")));
    }

    @Test
    void theRegistrysProblemsAreShownOnTheirFieldsAndTheInputIsKept() throws Exception {
        given(registry.register(any(), eq("cybermassif"))).willReturn(new Registration.Rejected(List.of(
                new Registration.Problem("legalName", "companies.legalName.required", List.of()),
                new Registration.Problem("postcode", "classification.postcode.unplaced.ES", List.of("99999")))));

        mvc.perform(post("/es/office/companies/new").with(csrf()).param("kind", "COMPANY").param("legalName", "")
                        .param("country", "ES").param("postcode", "99999").param("city", "Gijón").param("tags", "turismo, hostelería"))
                .andExpect(status().isOk())
                .andExpect(view().name("companies/form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "legalName", "companies.legalName.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "postcode", "classification.postcode.unplaced.ES"))
                .andExpect(content().string(containsString("role=\"alert\"")))
                .andExpect(content().string(containsString("value=\"Gijón\"")))
                .andExpect(content().string(containsString("value=\"turismo, hostelería\"")))
                .andExpect(content().string(containsString("<option value=\"ES\" selected>España</option>")))
                .andExpect(content().string(containsString("El código postal 99999 no permite situar la empresa")));
        verify(registry).register(new NewOrganisation(OrganisationKind.COMPANY, "", null, Country.ES, null, null, "99999", "Gijón",
                null, null, null, null, false, null, List.of("turismo", "hostelería")), "cybermassif");
    }

    @Test
    void theVatNumberIsPassedToTheRegistryAndItsProblemShownOnItsField() throws Exception {
        given(registry.register(any(), eq("cybermassif"))).willReturn(new Registration.Rejected(List.of(
                new Registration.Problem("vatNumber", "companies.vatNumber.otherCompany", List.of("FR44 732829320")))));
        mvc.perform(post("/fr/office/companies/new").with(csrf()).param("legalName", "Autre SARL").param("country", "FR")
                        .param("identifier", "552 100 554").param("vatNumber", "FR44 732829320"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "vatNumber", "companies.vatNumber.otherCompany"))
                .andExpect(content().string(containsString("value=\"FR44 732829320\"")))
                .andExpect(content().string(containsString(
                        "Le numéro de TVA FR44 732829320 ne correspond pas à l'identifiant national : c'est celui d'une autre entreprise.")));
        verify(registry).register(new NewOrganisation(OrganisationKind.COMPANY, "Autre SARL", null, Country.FR, "552 100 554", null, null,
                null, null, null, null, null, false, null, List.of(), "FR44 732829320"), "cybermassif");
    }

    @Test
    void aNumberThatCannotBeReadIsAnErrorOfItsFieldBeforeTheRegistryIsAsked() throws Exception {
        mvc.perform(post("/en/office/companies/new").with(csrf()).param("legalName", "Hotel Mar").param("country", "ES")
                        .param("employees", "twelve"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "employees", "typeMismatch"))
                .andExpect(content().string(containsString("value=\"twelve\"")))
                .andExpect(content().string(containsString("This value is not in the expected format.")));
        verify(registry, never()).register(any(), anyString());
    }

    @Test
    void aNewOrganisationOpensItsPageAndAKnownIdentifierOpensTheExistingOne() throws Exception {
        given(registry.register(any(), eq("cybermassif"))).willReturn(new Registration.Registered(new CompanyId(9), true));
        mvc.perform(post("/fr/office/companies/new").with(csrf()).param("legalName", "Menuiserie Roche").param("country", "FR")
                        .param("womanLed", "on"))
                .andExpect(redirectedUrl("/fr/office/companies/9"))
                .andExpect(flash().attribute("notice", "companypage.created"));

        given(registry.register(any(), eq("cybermassif"))).willReturn(new Registration.Registered(new CompanyId(ID), false));
        mvc.perform(post("/fr/office/companies/new").with(csrf()).param("legalName", "Boulangerie Dupont").param("country", "FR")
                        .param("identifier", "732 829 320"))
                .andExpect(redirectedUrl("/fr/office/companies/42"))
                .andExpect(flash().attribute("notice", "companypage.alreadyKnown"));
    }

    @Test
    void theEditFormHoldsTheStoredValuesAndVersion() throws Exception {
        mvc.perform(get("/pt/office/companies/" + ID + "/edit"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("form", CompanyForm.of(CompanyPagesTestData.company())))
                .andExpect(content().string(containsString("name=\"version\" value=\"3\"")))
                .andExpect(content().string(containsString("value=\"bakery, export\"")))
                .andExpect(content().string(containsString("<h1>Alterar a organização</h1>")));
    }

    @Test
    void aStaleEditIsRefusedWithATranslatedMessageAndTheInputKept() throws Exception {
        given(office.update(eq(COMPANY), eq(2L), any(), eq("cybermassif"))).willReturn(new Registration.Rejected(List.of(
                new Registration.Problem("version", CompanyOffice.CHANGED_MEANWHILE, List.of()))));
        mvc.perform(post("/fr/office/companies/" + ID + "/edit").with(csrf()).param("version", "2")
                        .param("legalName", "Boulangerie Dupont et Fils").param("country", "FR"))
                .andExpect(status().isOk())
                .andExpect(view().name("companies/form"))
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("Quelqu'un a modifié cette organisation pendant que vous la modifiiez.")))
                .andExpect(content().string(containsString("value=\"Boulangerie Dupont et Fils\"")));

        given(office.update(eq(COMPANY), eq(3L), any(), eq("cybermassif")))
                .willThrow(new ObjectOptimisticLockingFailureException("Organisation", ID));
        mvc.perform(post("/en/office/companies/" + ID + "/edit").with(csrf()).param("version", "3")
                        .param("legalName", "Boulangerie Dupont").param("country", "FR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone changed this organisation while you were editing it.")));
    }

    @Test
    void aGoodEditGoesBackToThePage() throws Exception {
        given(office.update(eq(COMPANY), eq(3L), any(), eq("cybermassif"))).willReturn(new Registration.Registered(COMPANY, false));
        mvc.perform(post("/en/office/companies/" + ID + "/edit").with(csrf()).param("version", "3")
                        .param("legalName", "Boulangerie Dupont").param("country", "FR"))
                .andExpect(redirectedUrl("/en/office/companies/42"))
                .andExpect(flash().attribute("notice", "companypage.updated"));
    }

    @Test
    void anotherPartnersOrganisationCannotBeEditedNorGetContacts() throws Exception {
        given(office.knownBy(COMPANY, "cybermassif")).willReturn(false);
        mvc.perform(get("/en/office/companies/" + ID + "/edit")).andExpect(status().isForbidden());
        mvc.perform(post("/en/office/companies/" + ID + "/edit").with(csrf()).param("legalName", "X").param("country", "FR"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/en/office/companies/" + ID + "/contacts/new").with(csrf()).param("lastName", "X"))
                .andExpect(status().isForbidden());
        verify(office, never()).update(any(), anyLong(), any(), any());
        verify(office, never()).addContact(any(), any(), any(), any(), any(), any(), any());
    }

    @Test
    @WithSignedInUser(role = Role.COMPANY_USER)
    void companyUsersCannotCreateOrganisations() throws Exception {
        mvc.perform(get("/en/office/companies/new")).andExpect(status().isForbidden());
        mvc.perform(post("/en/office/companies/new").with(csrf()).param("legalName", "X").param("country", "FR"))
                .andExpect(status().isForbidden());
        verify(registry, never()).register(any(), any());
    }

    @Test
    void aNewContactIsAddedWithTheConsentsTicked() throws Exception {
        mvc.perform(get("/fr/office/companies/" + ID + "/contacts/new"))
                .andExpect(status().isOk())
                .andExpect(view().name("companies/contact-form"))
                .andExpect(content().string(containsString("<input id=\"newsletter\" name=\"newsletter\" type=\"checkbox\">")))
                .andExpect(content().string(containsString("Lettre d'information")));

        given(office.addContact(any(), any(), any(), any(), any(), any(), any())).willReturn(List.of());
        mvc.perform(post("/fr/office/companies/" + ID + "/contacts/new").with(csrf()).param("firstName", "Jean")
                        .param("lastName", "Roche").param("email", "jean@roche.example").param("language", "es")
                        .param("newsletter", "on").param("lawfulBasis", "LEGITIMATE_INTEREST"))
                .andExpect(redirectedUrl("/fr/office/companies/42#contacts"))
                .andExpect(flash().attribute("notice", "companypage.contact.added"));
        verify(office).addContact(eq(COMPANY), eq(new ContactDetails("Jean", "Roche", null, "jean@roche.example", null, Language.ES)),
                eq(Set.of(ConsentPurpose.NEWSLETTER)), eq(LawfulBasis.LEGITIMATE_INTEREST), eq("cybermassif"),
                eq("form: Cybermassif"), any());
    }

    @Test
    void anEMailAlreadyUsedIsATranslatedErrorAndTheInputIsKept() throws Exception {
        given(office.addContact(any(), any(), any(), any(), any(), any(), any())).willReturn(List.of(
                new Registration.Problem("email", CompanyOffice.EMAIL_TAKEN, List.of("jean@roche.example"))));
        mvc.perform(post("/es/office/companies/" + ID + "/contacts/new").with(csrf()).param("firstName", "Jean")
                        .param("lastName", "Roche").param("email", "jean@roche.example").param("newsletter", "on"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "email", CompanyOffice.EMAIL_TAKEN))
                .andExpect(content().string(containsString("<p>La dirección jean@roche.example ya pertenece a otro contacto del registro.</p>")))
                .andExpect(content().string(containsString("value=\"Roche\"")))
                .andExpect(content().string(containsString("<input id=\"newsletter\" name=\"newsletter\" type=\"checkbox\" checked>")));
    }

    @Test
    void aContactNeedsASurnameAndAValidAddress() throws Exception {
        mvc.perform(post("/en/office/companies/" + ID + "/contacts/new").with(csrf()).param("lastName", " ").param("email", "nope"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "lastName", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "Email"))
                .andExpect(content().string(containsString("value=\"nope\"")));
        verify(office, never()).addContact(any(), any(), any(), any(), any(), any(), any());
    }

    @Test
    void aContactIsEdited() throws Exception {
        mvc.perform(get("/en/office/companies/" + ID + "/contacts/" + CONTACT + "/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"claire@boulangerie.example\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"newsletter\""))));
        given(office.editContact(any(), anyLong(), any())).willReturn(List.of());
        mvc.perform(post("/en/office/companies/" + ID + "/contacts/" + CONTACT + "/edit").with(csrf())
                        .param("firstName", "Claire").param("lastName", "Dupont-Martin").param("language", "fr"))
                .andExpect(redirectedUrl("/en/office/companies/42#contact-7"))
                .andExpect(flash().attribute("notice", "companypage.contact.updated"));
        verify(office).editContact(COMPANY, CONTACT, new ContactDetails("Claire", "Dupont-Martin", null, null, null, Language.FR));
    }
}
